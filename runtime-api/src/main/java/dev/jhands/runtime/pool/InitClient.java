package dev.jhands.runtime.pool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.events.json.Wire;
import dev.jhands.events.server.InitRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks to a member's agent server about its deferred init (runtime-api.md §5.1). */
final class InitClient {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  /** {@code GET /api/init}'s state, or null when the server does not answer it. */
  String state(String url) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/api/init"))
            .timeout(Duration.ofSeconds(2))
            .GET()
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return null;
      }
      JsonNode state = Wire.mapper().readTree(response.body()).get("state");
      return state == null ? null : state.asText();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Activates the member with its bootstrap key; throws with the server's answer if refused. */
  void activate(String url, String bootstrapKey, InitRequest body) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/api/init"))
            .timeout(Duration.ofSeconds(10))
            .header("X-Init-API-Key", bootstrapKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(Wire.mapper().writeValueAsBytes(body)))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException(
            "POST /api/init answered " + response.statusCode() + ": " + response.body());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while activating", e);
    }
  }
}
