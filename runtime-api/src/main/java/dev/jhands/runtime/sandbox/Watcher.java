package dev.jhands.runtime.sandbox;

import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.backend.Inspection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Moves runtimes from {@code starting} to {@code running} once {@code GET <url>/alive} answers 200
 * (or the backend reports them ready, when it can tell), and to {@code error} when their processes
 * end or they are not ready in time. Probes run outside the sandboxes' lock, so a slow sandbox
 * never holds up the API.
 */
public final class Watcher implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Watcher.class);

  private final Sandboxes sandboxes;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("sandbox-watcher").unstarted(r));

  public Watcher(Sandboxes sandboxes) {
    this.sandboxes = sandboxes;
  }

  public Watcher begin() {
    long every = sandboxes.config().pollInterval().toMillis();
    timer.scheduleWithFixedDelay(this::checkSafely, 0, every, TimeUnit.MILLISECONDS);
    sandboxes
        .store()
        .resyncInterval()
        .ifPresent(
            interval ->
                timer.scheduleWithFixedDelay(
                    this::resyncSafely,
                    interval.toMillis(),
                    interval.toMillis(),
                    TimeUnit.MILLISECONDS));
    return this;
  }

  private void checkSafely() {
    try {
      check();
    } catch (RuntimeException e) {
      LOG.error("checking sandboxes failed", e);
    }
  }

  private void resyncSafely() {
    try {
      sandboxes.resync();
    } catch (RuntimeException e) {
      LOG.error("reading the records back failed", e);
    }
  }

  void check() {
    for (SandboxRecord record : sandboxes.watched()) {
      SandboxRecord next = next(record);
      if (next != record) {
        sandboxes.update(record, next);
      }
    }
  }

  private SandboxRecord next(SandboxRecord record) {
    Inspection inspection = sandboxes.backend().inspect(record.handle());
    long now = Sandboxes.now();
    if (!inspection.alive()) {
      return record.status() == RuntimeStatus.ERROR
          ? record
          : record.withStatus(RuntimeStatus.ERROR, inspection.detail(), now);
    }
    if (record.status() != RuntimeStatus.STARTING) {
      return record;
    }
    boolean ready = inspection.reportsReadiness() ? inspection.ready() : alive(record);
    if (ready) {
      return record.withStatus(RuntimeStatus.RUNNING, null, now);
    }
    Duration timeout = sandboxes.config().readyTimeout();
    if (now - record.statusSince() > timeout.toMillis()) {
      // The processes stay until a stop or resume: their logs may say why.
      String why =
          inspection.detail() != null
              ? inspection.detail()
              : record.url() + "/alive did not answer 200";
      return record.withStatus(RuntimeStatus.ERROR, "not ready: " + why, now);
    }
    return record;
  }

  private boolean alive(SandboxRecord record) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(record.url() + "/alive"))
            .timeout(Duration.ofSeconds(2))
            .header("X-Session-API-Key", record.sessionApiKey())
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
