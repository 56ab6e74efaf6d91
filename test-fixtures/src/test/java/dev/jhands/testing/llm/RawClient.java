package dev.jhands.testing.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Plain {@link HttpClient} calls, for assertions on the exact bytes the server sends. */
final class RawClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final ScriptedLlmServer server;

  RawClient(ScriptedLlmServer server) {
    this.server = server;
  }

  /** A minimal chat-completion body with one user message. */
  static ObjectNode chatBody(String userText) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", "gpt-test");
    body.putArray("messages").addObject().put("role", "user").put("content", userText);
    return body;
  }

  /** The same body asking for a stream, with or without the usage chunk. */
  static ObjectNode streamBody(String userText, boolean includeUsage) {
    ObjectNode body = chatBody(userText).put("stream", true);
    if (includeUsage) {
      body.putObject("stream_options").put("include_usage", true);
    }
    return body;
  }

  HttpResponse<String> post(String path, String body) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  HttpResponse<String> post(JsonNode body) {
    return post("/chat/completions", body.toString());
  }

  CompletableFuture<HttpResponse<String>> postAsync(JsonNode body) {
    HttpRequest request =
        request("/chat/completions")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request builder for a path under the base URL ({@code /v1} included). */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json");
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
