package dev.jhands.agent.webhook;

import dev.jhands.events.conversation.ConversationInfo;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.server.WebhookSpec;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * One webhook's deliveries, on one virtual thread, so they never hold up an appender and go out in
 * order. Events wait in {@link WebhookQueue} until the conversation has {@code event_buffer_size}
 * of them or none came for {@code flush_delay}; conversation info goes at once. A post is tried
 * {@code 1 + num_retries} times, {@code retry_delay} apart; if all fail, the batch goes back to the
 * front of its queue and is tried again after {@code flush_delay}: nothing is dropped.
 */
final class WebhookSender {

  private static final Logger LOG = Logger.getLogger(WebhookSender.class);
  private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);

  private final WebhookSpec spec;
  private final String base;
  private final String shown;
  private final Map<String, String> headers;
  private final WebhookClient client;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final WebhookQueue queue;
  private boolean closed;
  private Thread worker;

  WebhookSender(WebhookSpec spec, Optional<String> sessionKey, WebhookClient client) {
    this.spec = spec;
    this.base = spec.baseUrl().replaceAll("/+$", "");
    this.shown = WebhookRequests.redacted(URI.create(base));
    Map<String, String> all = new LinkedHashMap<>(spec.headers());
    sessionKey.ifPresent(key -> all.put("X-Session-API-Key", key));
    // In this order: the session key wins over a configured header of the same name.
    this.headers = Collections.unmodifiableMap(all);
    this.client = client;
    this.queue =
        new WebhookQueue(
            spec.eventBufferSize(), (long) (spec.flushDelay() * TimeUnit.SECONDS.toNanos(1)));
  }

  void start() {
    worker = Thread.ofVirtual().name("webhook-" + shown).start(this::run);
  }

  /** Queues an event; never blocks on the network. */
  void event(UUID conversation, Event event) {
    withLock(() -> queue.addEvent(conversation, event, System.nanoTime()));
  }

  /** Queues a conversation's info, to be sent at once. */
  void info(ConversationInfo info) {
    withLock(() -> queue.addInfo(info));
  }

  /** Stops the worker, then tries once more, briefly, to send what is left. */
  void close() {
    withLock(() -> closed = true);
    if (worker == null) {
      return;
    }
    worker.interrupt();
    try {
      worker.join(Duration.ofSeconds(2));
      WebhookQueue.Batch batch;
      while ((batch = takeAny()) != null) {
        if (!client.post(
            WebhookRequests.uri(base, batch),
            headers,
            WebhookRequests.body(batch),
            SHUTDOWN_TIMEOUT)) {
          LOG.warnf("webhook %s: stopping with undelivered items", shown);
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (true) {
      WebhookQueue.Batch batch = null;
      lock.lock();
      try {
        while (!closed && (batch = queue.next(System.nanoTime())) == null) {
          long wait = queue.nanosToNext(System.nanoTime());
          if (wait == Long.MAX_VALUE) {
            changed.await();
          } else {
            changed.awaitNanos(wait);
          }
        }
        if (closed) {
          return;
        }
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      send(batch);
    }
  }

  private void send(WebhookQueue.Batch batch) {
    try {
      if (!deliver(batch)) {
        withLock(() -> queue.putBack(batch, System.nanoTime()));
      }
    } catch (RuntimeException e) {
      // Only a body that cannot be written gets here, and it never could be: drop it, loudly.
      LOG.errorf(e, "webhook %s: dropping a batch that cannot be sent", shown);
    }
  }

  private boolean deliver(WebhookQueue.Batch batch) {
    URI uri = WebhookRequests.uri(base, batch);
    byte[] body = WebhookRequests.body(batch);
    for (int attempt = 0; attempt <= spec.numRetries(); attempt++) {
      try {
        if (attempt > 0 && !pause(TimeUnit.SECONDS.toNanos(spec.retryDelay()))) {
          return false;
        }
        if (client.post(uri, headers, body, WebhookClient.TIMEOUT)) {
          return true;
        }
      } catch (InterruptedException e) {
        return false;
      }
    }
    LOG.errorf(
        "webhook %s failed %d times; the batch goes back on the queue",
        WebhookRequests.redacted(uri), spec.numRetries() + 1);
    return false;
  }

  // Waits between attempts; close() ends the wait, and the batch is kept for the final flush.
  private boolean pause(long nanos) throws InterruptedException {
    lock.lock();
    try {
      long left = nanos;
      while (!closed && left > 0) {
        left = changed.awaitNanos(left);
      }
      return !closed;
    } finally {
      lock.unlock();
    }
  }

  private WebhookQueue.Batch takeAny() {
    lock.lock();
    try {
      return queue.takeAny();
    } finally {
      lock.unlock();
    }
  }

  private void withLock(Runnable action) {
    lock.lock();
    try {
      action.run();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
