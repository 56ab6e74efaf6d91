package dev.jhands.agent.conversation;

import dev.jhands.agent.store.ConversationStore;
import dev.jhands.agent.store.ConversationStore.StoredState;
import dev.jhands.events.conversation.ConversationErrorEvent;
import dev.jhands.events.conversation.ConversationInfo;
import dev.jhands.events.conversation.ConversationStats;
import dev.jhands.events.conversation.EventTimestamps;
import dev.jhands.events.conversation.ExecutionStatus;
import dev.jhands.events.conversation.MessageEvent;
import dev.jhands.events.conversation.SendMessageRequest;
import dev.jhands.events.conversation.StartConversationRequest;
import dev.jhands.events.conversation.StoredConversation;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The conversations of this server: created, looked up and deleted here, loaded back from the store
 * on start. Messages that ask for it start the agent through the {@link ConversationRunner}.
 */
public class ConversationService {

  private static final Logger LOG = Logger.getLogger(ConversationService.class);
  static final String RESTARTED_CODE = "ServerRestarted";
  static final String RESTARTED_DETAIL =
      "The agent server restarted while this conversation was running";

  private final ConversationStore store;
  private final Clock clock;
  private final ConversationRunner runner;
  private final Map<UUID, Conversation> conversations = new ConcurrentHashMap<>();
  private final ConversationListeners listeners = new ConversationListeners();

  public ConversationService(ConversationStore store, Clock clock, ConversationRunner runner) {
    this.store = store;
    this.clock = clock;
    this.runner = runner;
  }

  /** Adds a listener for every conversation, loaded or created later. */
  public void addListener(ConversationListener listener) {
    listeners.add(listener);
  }

  /**
   * Loads every stored conversation. One that was running cannot be resumed (its run died with the
   * old process), so it comes back as {@code error} with an event saying why.
   */
  public void load() {
    for (StoredState stored : store.loadAll()) {
      Optional<UUID> id = ConversationIds.parse(stored.hex());
      if (id.isEmpty()) {
        LOG.warnf("skipping conversation directory with a non-UUID name: %s", stored.hex());
        continue;
      }
      ExecutionStatus status =
          stored.state() == null ? ExecutionStatus.IDLE : stored.state().executionStatus();
      ConversationStats stats = stored.state() == null ? null : stored.state().stats();
      Conversation conversation =
          new Conversation(id.get(), store, clock, stored.meta(), status, stats, stored.events());
      conversation.setServiceListener(listeners);
      if (stored.state() != null && stored.state().securityAnalyzer() != null) {
        conversation.restoreSecurityAnalyzer(stored.state().securityAnalyzer());
      }
      if (status == ExecutionStatus.RUNNING) {
        conversation.append(ConversationErrorEvent.of(RESTARTED_CODE, RESTARTED_DETAIL));
        conversation.setStatus(ExecutionStatus.ERROR);
      }
      conversations.put(id.get(), conversation);
    }
    LOG.infof("loaded %d conversations from %s", conversations.size(), store.root());
  }

  /** Starts a conversation, or returns the existing one with that id (the call is idempotent). */
  public Started start(StartConversationRequest request) {
    UUID id =
        request.conversationId() == null
            ? UUID.randomUUID()
            : ConversationIds.parse(request.conversationId())
                .orElseThrow(() -> new IllegalArgumentException("conversation_id is not a UUID"));
    if (request.agent() == null) {
      throw new IllegalArgumentException("agent is required");
    }
    if (request.workspace() == null) {
      throw new IllegalArgumentException("workspace is required");
    }
    runner.validate(request.agent());
    boolean[] created = {false};
    Conversation conversation =
        conversations.computeIfAbsent(
            id,
            key -> {
              created[0] = true;
              return create(key, request);
            });
    if (created[0]) {
      listeners.onStarted(conversation);
    }
    return new Started(conversation, created[0]);
  }

  private Conversation create(UUID id, StartConversationRequest request) {
    StoredConversation meta =
        StoredConversation.of(request, id.toString(), EventTimestamps.utcNow(clock));
    Conversation conversation =
        new Conversation(id, store, clock, meta, ExecutionStatus.IDLE, null, List.of());
    conversation.setServiceListener(listeners);
    conversation.persistAll();
    if (request.initialMessage() != null) {
      // The SDK runs an initial message whatever its own run flag says.
      send(conversation, request.initialMessage());
      runner.runIfIdle(conversation);
    }
    return conversation;
  }

  /** Appends a user message, and starts a run when it asks for one and none is going. */
  public MessageEvent send(Conversation conversation, SendMessageRequest request) {
    MessageEvent event = MessageEvent.fromUser(request.toMessage());
    synchronized (conversation) {
      conversation.append(event);
      // As in the SDK, a message to a finished conversation makes it ready for another run; so
      // does it for a stuck one, whose detection only looks after the last user message.
      ExecutionStatus status = conversation.status();
      if (status == ExecutionStatus.FINISHED || status == ExecutionStatus.STUCK) {
        conversation.setStatus(ExecutionStatus.IDLE);
      }
    }
    if (request.run()) {
      runner.runIfIdle(conversation);
    }
    return event;
  }

  /** Writes every conversation's in-memory parts, for a clean shutdown. */
  public void flush() {
    conversations.values().forEach(Conversation::flush);
  }

  public Optional<Conversation> get(UUID id) {
    return Optional.ofNullable(conversations.get(id));
  }

  public Collection<Conversation> all() {
    return List.copyOf(conversations.values());
  }

  /** Forgets a conversation and removes its directory; its workspace is kept (HEAD behaviour). */
  public boolean delete(UUID id) {
    Conversation removed = conversations.remove(id);
    if (removed == null) {
      return false;
    }
    synchronized (removed) {
      listeners.onDeleting(removed);
      removed.markDeleted();
      store.delete(removed.hex());
    }
    return true;
  }

  /** A start's result: the conversation, and whether this call created it. */
  public record Started(Conversation conversation, boolean created) {
    public ConversationInfo info() {
      return conversation.info();
    }
  }
}
