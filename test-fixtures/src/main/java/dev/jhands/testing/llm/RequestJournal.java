package dev.jhands.testing.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every request the server received, in arrival order. Server threads append while test threads
 * read and wait, so all access goes through one lock; readers get immutable snapshots.
 */
final class RequestJournal {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final List<RecordedRequest> requests = new ArrayList<>();

  /** Records a request, numbering it 1, 2, ... in arrival order. */
  RecordedRequest record(
      String method, String path, Map<String, List<String>> headers, String body, JsonNode json) {
    lock.lock();
    try {
      RecordedRequest request =
          new RecordedRequest(
              requests.size() + 1, Instant.now(), method, path, headers, body, json);
      requests.add(request);
      arrived.signalAll();
      return request;
    } finally {
      lock.unlock();
    }
  }

  /** All requests so far. */
  List<RecordedRequest> all() {
    lock.lock();
    try {
      return List.copyOf(requests);
    } finally {
      lock.unlock();
    }
  }

  /** The model calls so far (chat completions and messages). */
  List<RecordedRequest> modelCalls() {
    return all().stream().filter(RecordedRequest::isModelCall).toList();
  }

  /**
   * Waits until at least {@code count} model calls have arrived.
   *
   * @throws AssertionError on timeout, naming what did arrive, so the test fails with a reason
   */
  List<RecordedRequest> awaitModelCalls(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        List<RecordedRequest> chats =
            requests.stream().filter(RecordedRequest::isModelCall).toList();
        if (chats.size() >= count) {
          return chats;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "expected "
                  + count
                  + " model call(s) (chat completions or messages) within "
                  + timeout
                  + " but got "
                  + chats.size()
                  + "; all requests: "
                  + requests.stream().map(r -> r.method() + " " + r.path()).toList());
        }
        arrived.await(left, TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for requests", e);
    } finally {
      lock.unlock();
    }
  }
}
