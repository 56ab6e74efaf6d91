package dev.jhands.testing.llm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The queue of scripted turns. A fixed {@link Turn} is stored as a responder that ignores its
 * request, so fixed and reactive turns interleave in one order. Callers synchronize on the server's
 * lock, which also numbers requests, so request <i>k</i> always takes turn <i>k</i>.
 */
final class Script {

  private final Deque<Responder> turns = new ArrayDeque<>();
  private Responder whenExhausted;
  private int enqueued;

  void add(Responder responder) {
    turns.addLast(Objects.requireNonNull(responder, "responder"));
    enqueued++;
  }

  void whenExhausted(Responder responder) {
    this.whenExhausted = responder;
  }

  /** The next turn's responder, the fallback once the queue is empty, or nothing. */
  Optional<Responder> next() {
    Responder next = turns.pollFirst();
    return Optional.ofNullable(next != null ? next : whenExhausted);
  }

  int remaining() {
    return turns.size();
  }

  int enqueued() {
    return enqueued;
  }
}
