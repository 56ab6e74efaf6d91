package dev.jhands.agent.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.agent.server.NotFound;
import dev.jhands.agent.store.ConversationStore;
import dev.jhands.events.conversation.ConfirmationPolicy;
import dev.jhands.events.conversation.ConversationInfo;
import dev.jhands.events.conversation.ConversationStateUpdateEvent;
import dev.jhands.events.conversation.ConversationStats;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.EventTimestamps;
import dev.jhands.events.conversation.ExecutionStatus;
import dev.jhands.events.conversation.SecurityAnalyzer;
import dev.jhands.events.conversation.StoredConversation;
import dev.jhands.events.json.Wire;
import dev.jhands.events.secret.SecretRegistry;
import dev.jhands.events.secret.SecretSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One conversation: its stored request, status and event log. Every change is written to the store
 * before it becomes visible, under this object's lock, so readers never see an event that a restart
 * would lose.
 */
public final class Conversation {

  private static final long META_WRITE_INTERVAL_NANOS = 1_000_000_000L;

  private final UUID id;
  private final String hex;
  private final ConversationStore store;
  private final Clock clock;
  private final List<Event> events = new ArrayList<>();
  private final Map<String, Event> byId = new HashMap<>();
  // Called under this object's lock right after an event is on disk; each must not block (the
  // sockets only offer to a bounded queue), or it would stall every appender.
  private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
  // The service's listeners (webhooks), set once by the service; called like the ones above.
  private ConversationListener serviceListener = new ConversationListener() {};
  private StoredConversation meta;
  private ExecutionStatus status;
  private ConversationStats stats;
  private SecurityAnalyzer securityAnalyzer;
  private boolean deleted;
  private boolean metaDirty;
  private long metaWrittenNanos = System.nanoTime() - META_WRITE_INTERVAL_NANOS - 1;

  Conversation(
      UUID id,
      ConversationStore store,
      Clock clock,
      StoredConversation meta,
      ExecutionStatus status,
      ConversationStats stats,
      List<Event> loaded) {
    this.id = id;
    this.hex = ConversationIds.hex(id);
    this.store = store;
    this.clock = clock;
    this.meta = meta;
    this.status = status;
    this.stats = stats == null ? ConversationStats.EMPTY : stats;
    this.securityAnalyzer = meta.agent() == null ? null : meta.agent().securityAnalyzer();
    loaded.forEach(this::remember);
  }

  public UUID id() {
    return id;
  }

  public String hex() {
    return hex;
  }

  public synchronized ExecutionStatus status() {
    return status;
  }

  public synchronized StoredConversation meta() {
    return meta;
  }

  /** The conversation as REST answers describe it. */
  public synchronized ConversationInfo info() {
    return new ConversationInfo(
        id.toString(),
        meta.agent(),
        meta.workspace(),
        store.directory(hex).toString(),
        meta.maxIterations(),
        meta.stuckDetection(),
        status,
        meta.confirmationPolicy(),
        securityAnalyzer,
        List.of(),
        stats,
        new SecretRegistry(meta.secrets()),
        meta.title(),
        meta.metrics(),
        meta.createdAt(),
        meta.updatedAt());
  }

  /** A snapshot of the log, in order. */
  public synchronized List<Event> events() {
    return List.copyOf(events);
  }

  public synchronized Optional<Event> event(String eventId) {
    return Optional.ofNullable(byId.get(eventId));
  }

  /** Writes an event, then adds it to the log. */
  public synchronized void append(Event event) {
    checkLive();
    if (byId.containsKey(event.id())) {
      throw new IllegalArgumentException("Duplicate event id: " + event.id());
    }
    store.appendEvent(hex, events.size(), event);
    remember(event);
    meta = copy(meta.title(), meta.confirmationPolicy(), meta.secrets());
    // The event files are the log; meta.json only carries updated_at for them, so it is written
    // at most once a second while events stream in, and whenever anything else changes.
    long now = System.nanoTime();
    if (now - metaWrittenNanos > META_WRITE_INTERVAL_NANOS) {
      writeMeta();
    } else {
      metaDirty = true;
    }
    listeners.forEach(listener -> listener.accept(event));
    serviceListener.onEvent(this, event);
  }

  synchronized void setServiceListener(ConversationListener listener) {
    serviceListener = listener;
  }

  /**
   * Registers a listener for every later event and returns the state and log as of that moment.
   * Both happen under the lock that appends hold, so the snapshot and the live events meet with no
   * gap and no duplicate.
   */
  public synchronized Snapshot subscribe(Consumer<Event> listener) {
    checkLive();
    listeners.add(listener);
    return new Snapshot(info(), List.copyOf(events));
  }

  /** Not synchronized: a listener may remove itself from inside an append without waiting. */
  public void unsubscribe(Consumer<Event> listener) {
    listeners.remove(listener);
  }

  public int subscriberCount() {
    return listeners.size();
  }

  /** The state and the log at the moment a listener was registered. */
  public record Snapshot(ConversationInfo info, List<Event> events) {}

  /** Changes the status; a real change is persisted and announced as a state update. */
  public synchronized void setStatus(ExecutionStatus next) {
    checkLive();
    if (next == status) {
      return;
    }
    status = next;
    store.writeState(hex, info());
    if (metaDirty) {
      writeMeta();
    }
    append(ConversationStateUpdateEvent.ofExecutionStatus(next));
  }

  /**
   * Moves from {@code expected} to {@code next} only if the status is still {@code expected}: the
   * agent loop must not undo what a pause or a rejection did meanwhile.
   */
  public synchronized boolean compareAndSetStatus(ExecutionStatus expected, ExecutionStatus next) {
    if (status != expected) {
      return false;
    }
    setStatus(next);
    return true;
  }

  /** The {@code full_state} update: the state as REST describes it. */
  public static ConversationStateUpdateEvent fullState(ConversationInfo info) {
    return ConversationStateUpdateEvent.fullState(Wire.mapper().valueToTree(info));
  }

  /**
   * Sends the whole state to the current listeners without logging it, as the SDK does after a run
   * and a pause; a socket gets one on connect anyway.
   */
  public synchronized void broadcastFullState() {
    checkLive();
    Event event = fullState(info());
    listeners.forEach(listener -> listener.accept(event));
  }

  public synchronized ConversationStats stats() {
    return stats;
  }

  /**
   * Replaces the LLM usage statistics. They reach disk with the next state write (every status
   * change, so at the latest when the run ends): the SDK resets them at a restart anyway.
   */
  public synchronized void updateStats(UnaryOperator<ConversationStats> change) {
    checkLive();
    stats = change.apply(stats);
  }

  /** Renames; a title is not state in the SDK, so no state update is emitted. */
  public synchronized void rename(String title) {
    touch(title);
    serviceListener.onRenamed(this);
  }

  public synchronized void setConfirmationPolicy(ConfirmationPolicy policy) {
    checkLive();
    meta = copy(meta.title(), policy, meta.secrets());
    store.writeState(hex, info());
    JsonNode value = Wire.mapper().valueToTree(policy);
    append(ConversationStateUpdateEvent.of("confirmation_policy", value));
  }

  /** State, not meta, as in the SDK: it lives in base_state.json and is announced as an update. */
  public synchronized void setSecurityAnalyzer(SecurityAnalyzer analyzer) {
    checkLive();
    securityAnalyzer = analyzer;
    store.writeState(hex, info());
    append(
        ConversationStateUpdateEvent.of("security_analyzer", Wire.mapper().valueToTree(analyzer)));
  }

  /** The analyzer the state on disk names, at load: no event, nothing written. */
  synchronized void restoreSecurityAnalyzer(SecurityAnalyzer analyzer) {
    securityAnalyzer = analyzer;
  }

  /** Adds or replaces secrets by name; in memory in clear, on disk encrypted or masked. */
  public synchronized void updateSecrets(Map<String, SecretSource> secrets) {
    checkLive();
    Map<String, SecretSource> merged = new LinkedHashMap<>(meta.secrets());
    merged.putAll(secrets);
    meta = copy(meta.title(), meta.confirmationPolicy(), merged);
    touch(meta.title());
    store.writeState(hex, info());
  }

  /** Writes what is only in memory (updated_at, stats), as at a clean shutdown. */
  public synchronized void flush() {
    if (!deleted) {
      writeMeta();
      store.writeState(hex, info());
    }
  }

  /** Persists the whole state, for a new conversation. */
  synchronized void persistAll() {
    store.writeMeta(hex, meta);
    store.writeState(hex, info());
  }

  /**
   * Marks the conversation gone, under its lock: a request that looked it up just before the delete
   * must not write into (and so recreate) its directory afterwards.
   */
  synchronized void markDeleted() {
    deleted = true;
  }

  private void checkLive() {
    if (deleted) {
      throw new NotFound("Conversation not found: " + id);
    }
  }

  private void remember(Event event) {
    events.add(event);
    byId.put(event.id(), event);
  }

  private void touch(String title) {
    checkLive();
    meta = copy(title, meta.confirmationPolicy(), meta.secrets());
    writeMeta();
  }

  private void writeMeta() {
    store.writeMeta(hex, meta);
    metaWrittenNanos = System.nanoTime();
    metaDirty = false;
  }

  private StoredConversation copy(
      String title, ConfirmationPolicy policy, Map<String, SecretSource> secrets) {
    return new StoredConversation(
        meta.agent(),
        meta.workspace(),
        meta.conversationId(),
        policy,
        meta.initialMessage(),
        meta.maxIterations(),
        meta.stuckDetection(),
        secrets,
        meta.id(),
        title,
        meta.metrics(),
        meta.createdAt(),
        EventTimestamps.utcNow(clock));
  }
}
