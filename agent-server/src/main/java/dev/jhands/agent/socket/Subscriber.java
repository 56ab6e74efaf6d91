package dev.jhands.agent.socket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.jhands.agent.conversation.Conversation;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.json.Wire;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One socket's feed of a conversation. Appends only offer to a bounded queue, so a slow or dead
 * client never stalls the appender or the other subscribers; a client that lets the queue fill is
 * dropped. A virtual thread per subscriber is the only writer, which keeps frames in order.
 */
final class Subscriber implements Consumer<Event> {

  private static final Logger LOG = Logger.getLogger(Subscriber.class);
  static final CloseReason TOO_SLOW = new CloseReason(1013, "Subscriber fell too far behind");
  private static final ObjectWriter WRITER = Wire.mapper().writerFor(Event.class);

  private final WebSocketConnection connection;
  private final Conversation conversation;
  private final BlockingQueue<Event> queue;
  private volatile Thread sender;
  private volatile boolean stopped;

  Subscriber(WebSocketConnection connection, Conversation conversation, int capacity) {
    this.connection = connection;
    this.conversation = conversation;
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  /**
   * Subscribes, then sends {@code first} (the full state) and the backlog the query picks from the
   * snapshot, then the live events. Live events that arrive while the backlog is being sent wait in
   * the queue, so nothing is lost or repeated at the seam.
   */
  void start(SocketQuery query) {
    Conversation.Snapshot snapshot = conversation.subscribe(this);
    List<Event> backlog;
    try {
      backlog = query.backlog(snapshot.events());
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
    Event fullState = Conversation.fullState(snapshot.info());
    sender =
        Thread.ofVirtual().name("socket-" + connection.id()).start(() -> run(fullState, backlog));
  }

  /** Called under the conversation's lock: never blocks. */
  @Override
  public void accept(Event event) {
    if (stopped) {
      return;
    }
    if (!queue.offer(event)) {
      LOG.warnf("closing socket %s: more than %d events unsent", connection.id(), capacity());
      stop();
      connection.close(TOO_SLOW).subscribe().with(ok -> {}, err -> {});
    }
  }

  /** Sends a frame of this socket's own (an error answer), in line with the events. */
  void reply(Event event) {
    accept(event);
  }

  void stop() {
    stopped = true;
    conversation.unsubscribe(this);
    Thread running = sender;
    if (running != null) {
      running.interrupt();
    }
  }

  private int capacity() {
    return queue.size() + queue.remainingCapacity();
  }

  private void run(Event fullState, List<Event> backlog) {
    try {
      send(fullState);
      for (Event event : backlog) {
        send(event);
      }
      while (!stopped) {
        send(queue.take());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // The connection went away mid-send; onClose does the rest.
      LOG.debugf(e, "socket %s stopped sending", connection.id());
      stop();
    }
  }

  private void send(Event event) {
    if (stopped || connection.isClosed()) {
      throw new IllegalStateException("socket closed");
    }
    try {
      connection.sendTextAndAwait(WRITER.writeValueAsString(event));
    } catch (JsonProcessingException e) {
      LOG.errorf(e, "could not serialize event %s", event.id());
    }
  }
}
