package dev.jhands.runtime.housekeeping;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.server.AgentServerInfo;
import dev.jhands.runtime.sandbox.SandboxRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

/**
 * Asks a sandbox's agent server for its {@code idle_time} ({@code GET <url>/server_info},
 * agent-server.md §2.1), with the runtime's session key. Anything but a 200 with a readable body
 * (another server, one still booting, a network error) is no answer, never a guess.
 */
final class ServerInfoClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final ObjectMapper mapper;

  ServerInfoClient(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Asynchronous, so one sweep asks every running sandbox at once. */
  CompletableFuture<OptionalDouble> idleSeconds(SandboxRecord record) {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(record.url() + "/server_info"))
              .timeout(TIMEOUT)
              .header("X-Session-API-Key", record.sessionApiKey())
              .GET()
              .build();
    } catch (RuntimeException badUrl) {
      return CompletableFuture.completedFuture(OptionalDouble.empty());
    }
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(this::read)
        .exceptionally(failure -> OptionalDouble.empty());
  }

  private OptionalDouble read(HttpResponse<byte[]> response) {
    if (response.statusCode() != 200) {
      return OptionalDouble.empty();
    }
    try {
      if (!mapper.readTree(response.body()).path("idle_time").isNumber()) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(mapper.readValue(response.body(), AgentServerInfo.class).idleTime());
    } catch (java.io.IOException unreadable) {
      return OptionalDouble.empty();
    }
  }
}
