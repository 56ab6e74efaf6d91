package dev.jhands.runtime.docker;

import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.sandbox.SandboxRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * At boot, asks every starting sandbox's {@code /alive} at once, so that a restarted runtime API
 * lists the sandboxes that serve as {@code running} from its first answer rather than after the
 * watcher's first round.
 */
final class ReadinessProbe {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  List<SandboxRecord> promoteReady(List<SandboxRecord> records) {
    List<CompletableFuture<SandboxRecord>> checks =
        records.stream()
            .map(r -> r.status() == RuntimeStatus.STARTING ? check(r) : done(r))
            .toList();
    return checks.stream().map(CompletableFuture::join).toList();
  }

  private CompletableFuture<SandboxRecord> check(SandboxRecord record) {
    if (record.url() == null) {
      return done(record);
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(record.url() + "/alive"))
            .timeout(Duration.ofSeconds(2))
            .header("X-Session-API-Key", record.sessionApiKey())
            .GET()
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, failure) ->
                failure == null && response.statusCode() == 200 ? running(record) : record);
  }

  private static SandboxRecord running(SandboxRecord r) {
    return new SandboxRecord(
        r.runtimeId(),
        r.tenant(),
        r.sessionId(),
        r.image(),
        r.command(),
        r.workingDir(),
        r.environment(),
        r.sessionApiKey(),
        RuntimeStatus.RUNNING,
        null,
        r.url(),
        r.port(),
        r.handle(),
        r.restartCount(),
        r.createdAt(),
        System.currentTimeMillis(),
        r.options());
  }

  private static CompletableFuture<SandboxRecord> done(SandboxRecord record) {
    return CompletableFuture.completedFuture(record);
  }
}
