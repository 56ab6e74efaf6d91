package dev.jhands.agent.webhook;

import dev.jhands.events.conversation.ConversationInfo;
import dev.jhands.events.conversation.Event;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one webhook still has to send, and when, on {@link System#nanoTime()}'s clock (passed in, so
 * a plain test can drive it). Events are kept per conversation, in order: a conversation's batch is
 * due when it holds {@code bufferSize} events or {@code flushNanos} passed since its last event.
 * Conversation info is due at once. A batch that failed goes back to the front and waits {@code
 * flushNanos} before it is due again, whatever the buffer holds. Not thread-safe: the sender locks.
 */
final class WebhookQueue {

  /** Either a conversation's events or one conversation info. */
  record Batch(UUID conversation, List<Event> events, ConversationInfo info) {}

  private final int bufferSize;
  private final long flushNanos;
  private final Map<UUID, Pending> pending = new LinkedHashMap<>();
  private final Deque<ConversationInfo> infos = new ArrayDeque<>();
  private long infosDue;
  private boolean infosBackedOff;

  WebhookQueue(int bufferSize, long flushNanos) {
    this.bufferSize = bufferSize;
    this.flushNanos = flushNanos;
  }

  private static final class Pending {
    final Deque<Event> events = new ArrayDeque<>();
    long flushAt;
    long blockedUntil;
    boolean blocked;
  }

  void addEvent(UUID conversation, Event event, long now) {
    Pending p = pending.computeIfAbsent(conversation, id -> new Pending());
    p.events.addLast(event);
    // The flush timer restarts on every event (contract §4).
    p.flushAt = now + flushNanos;
  }

  void addInfo(ConversationInfo info) {
    infos.addLast(info);
  }

  /** The next batch due at {@code now}, taken off the queue, or null. */
  Batch next(long now) {
    if (!infos.isEmpty() && (!infosBackedOff || now - infosDue >= 0)) {
      infosBackedOff = false;
      return new Batch(null, null, infos.pollFirst());
    }
    for (Map.Entry<UUID, Pending> entry : pending.entrySet()) {
      Pending p = entry.getValue();
      if (p.blocked && now - p.blockedUntil < 0) {
        continue;
      }
      if (p.events.size() >= bufferSize || now - p.flushAt >= 0) {
        p.blocked = false;
        return take(entry.getKey(), p);
      }
    }
    return null;
  }

  /** Any batch at all, due or not, for the last flush at shutdown. */
  Batch takeAny() {
    if (!infos.isEmpty()) {
      return new Batch(null, null, infos.pollFirst());
    }
    Iterator<Map.Entry<UUID, Pending>> it = pending.entrySet().iterator();
    if (!it.hasNext()) {
      return null;
    }
    Map.Entry<UUID, Pending> first = it.next();
    return take(first.getKey(), first.getValue());
  }

  /** Puts a failed batch back at the front of its queue, due again after the flush delay. */
  void putBack(Batch batch, long now) {
    if (batch.info() != null) {
      infos.addFirst(batch.info());
      infosDue = now + flushNanos;
      infosBackedOff = true;
      return;
    }
    Pending p =
        pending.computeIfAbsent(
            batch.conversation(),
            id -> {
              Pending fresh = new Pending();
              fresh.flushAt = now + flushNanos;
              return fresh;
            });
    List<Event> events = batch.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      p.events.addFirst(events.get(i));
    }
    p.blocked = true;
    p.blockedUntil = now + flushNanos;
  }

  /** Nanoseconds until something may be due; {@link Long#MAX_VALUE} if nothing is queued. */
  long nanosToNext(long now) {
    long wait = Long.MAX_VALUE;
    if (!infos.isEmpty()) {
      wait = infosBackedOff ? Math.max(1, infosDue - now) : 1;
    }
    for (Pending p : pending.values()) {
      long due = p.events.size() >= bufferSize ? now : p.flushAt;
      if (p.blocked && p.blockedUntil - due > 0) {
        due = p.blockedUntil;
      }
      wait = Math.min(wait, Math.max(1, due - now));
    }
    return wait;
  }

  boolean isEmpty() {
    return infos.isEmpty() && pending.isEmpty();
  }

  private Batch take(UUID conversation, Pending p) {
    List<Event> batch = new ArrayList<>(Math.min(bufferSize, p.events.size()));
    while (batch.size() < bufferSize && !p.events.isEmpty()) {
      batch.add(p.events.pollFirst());
    }
    if (p.events.isEmpty()) {
      pending.remove(conversation);
    }
    return new Batch(conversation, List.copyOf(batch), null);
  }
}
