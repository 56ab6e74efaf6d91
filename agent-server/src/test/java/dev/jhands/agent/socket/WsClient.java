package dev.jhands.agent.socket;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.events.json.Wire;
import io.restassured.RestAssured;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real JDK WebSocket client that records every frame and the close. {@link #stopReading()} stops
 * asking for frames, so the server's writes back up through TCP like a stuck browser's.
 */
final class WsClient implements WebSocket.Listener {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final List<JsonNode> frames = new CopyOnWriteArrayList<>();
  final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
  volatile String closeReason;
  private final StringBuilder partial = new StringBuilder();
  private final AtomicBoolean reading = new AtomicBoolean(true);
  private WebSocket socket;

  static WsClient connect(String pathAndQuery, Map<String, String> headers) {
    WsClient client = new WsClient();
    WebSocket.Builder builder = HTTP.newWebSocketBuilder();
    headers.forEach(builder::header);
    URI uri = URI.create("ws://localhost:" + RestAssured.port + pathAndQuery);
    client.socket = builder.buildAsync(uri, client).join();
    return client;
  }

  static WsClient connect(String pathAndQuery) {
    return connect(pathAndQuery, Map.of());
  }

  void send(String text) {
    socket.sendText(text, true).join();
  }

  void stopReading() {
    reading.set(false);
  }

  /** The ids of the frames after the first {@code skip}. */
  List<String> ids(int skip) {
    return frames.stream().skip(skip).map(f -> f.path("id").asText()).toList();
  }

  List<String> kinds() {
    return frames.stream().map(f -> f.path("kind").asText()).toList();
  }

  void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
    socket.abort();
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      try {
        frames.add(Wire.mapper().readTree(partial.toString()));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      partial.setLength(0);
    }
    if (reading.get() || !last) {
      webSocket.request(1);
    }
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closeReason = reason;
    closeCode.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closeCode.completeExceptionally(error);
  }
}
