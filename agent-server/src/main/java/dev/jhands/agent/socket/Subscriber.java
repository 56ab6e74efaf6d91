package dev.jhands.agent.socket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One socket's feed of a log (a conversation's events, the bash events). The log only offers to a
 * bounded queue, so a slow or dead client never stalls the appender or the other subscribers; a
 * client that lets the queue fill is dropped with 1013. A virtual thread per subscriber is the only
 * writer, which keeps frames in order.
 *
 * @param <T> the frames' type, written with {@code writer} (so a sealed family keeps its {@code
 *     kind})
 */
final class Subscriber<T> implements Consumer<T> {

  private static final Logger LOG = Logger.getLogger(Subscriber.class);
  static final CloseReason TOO_SLOW = new CloseReason(1013, "Subscriber fell too far behind");

  private final WebSocketConnection connection;
  private final ObjectWriter writer;
  private final Consumer<Subscriber<T>> unsubscribe;
  private final BlockingQueue<T> queue;
  private volatile Thread sender;
  private volatile boolean stopped;

  /**
   * @param unsubscribe takes this subscriber off its log; called once it stops
   */
  Subscriber(
      WebSocketConnection connection,
      ObjectWriter writer,
      int capacity,
      Consumer<Subscriber<T>> unsubscribe) {
    this.connection = connection;
    this.writer = writer;
    this.unsubscribe = unsubscribe;
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  /**
   * Starts sending: {@code first} (what the log held when this subscriber was registered, as the
   * client asked for it), then the live frames. Live frames that arrive meanwhile wait in the
   * queue, so nothing is lost or repeated at the seam.
   */
  void start(List<T> first) {
    sender = Thread.ofVirtual().name("socket-" + connection.id()).start(() -> run(first));
  }

  /** Called under the log's lock: never blocks. */
  @Override
  public void accept(T frame) {
    if (stopped) {
      return;
    }
    if (!queue.offer(frame)) {
      LOG.warnf("closing socket %s: more than %d frames unsent", connection.id(), capacity());
      stop();
      connection.close(TOO_SLOW).subscribe().with(ok -> {}, err -> {});
    }
  }

  /** Sends a frame of this socket's own (an error answer), in line with the others. */
  void reply(T frame) {
    accept(frame);
  }

  void stop() {
    stopped = true;
    unsubscribe.accept(this);
    Thread running = sender;
    if (running != null) {
      running.interrupt();
    }
  }

  private int capacity() {
    return queue.size() + queue.remainingCapacity();
  }

  private void run(List<T> first) {
    try {
      for (T frame : first) {
        send(frame);
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

  private void send(T frame) {
    if (stopped || connection.isClosed()) {
      throw new IllegalStateException("socket closed");
    }
    try {
      connection.sendTextAndAwait(writer.writeValueAsString(frame));
    } catch (JsonProcessingException e) {
      LOG.errorf(e, "could not serialize frame %s", frame);
    }
  }
}
