package dev.jhands.runtime.kubernetes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The agent servers of the mock cluster's pods, which cannot run: the sandbox URL is {@code
 * http://127.0.0.1:<port>/<runtime_id>} (path mode), and this answers {@code /alive} and the
 * deferred-init routes as a dormant agent server does: {@code GET /api/init} says {@code dormant}
 * until the first {@code POST /api/init} with a key, which activates it; a second POST is 400. It
 * counts activations per runtime, so a test sees any sandbox handed out twice. {@link #freeze()}
 * makes runtimes not seen so far answer 503, as servers still booting would.
 */
public final class FakeAgentServers implements QuarkusTestResourceLifecycleManager {

  static volatile FakeAgentServers current;

  private HttpServer server;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> activations = new ConcurrentHashMap<>();
  private final Map<String, String> initKeys = new ConcurrentHashMap<>();
  private volatile Set<String> answering;

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
    server.start();
    current = this;
    return Map.of(
        "jhands.runtime.kubernetes.url-template",
        "http://127.0.0.1:" + server.getAddress().getPort() + "/{runtime_id}");
  }

  void freeze() {
    answering = Set.copyOf(seen);
  }

  void thaw() {
    answering = null;
  }

  int activations(String runtimeId) {
    AtomicInteger n = activations.get(runtimeId);
    return n == null ? 0 : n.get();
  }

  Map<String, AtomicInteger> allActivations() {
    return Map.copyOf(activations);
  }

  String initKey(String runtimeId) {
    return initKeys.get(runtimeId);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String[] parts = exchange.getRequestURI().getPath().split("/", 3);
    String runtimeId = parts.length > 1 ? parts[1] : "";
    String route = parts.length > 2 ? "/" + parts[2] : "/";
    Set<String> only = answering;
    if (only != null && !only.contains(runtimeId)) {
      send(exchange, 503, "{\"detail\":\"booting\"}");
      return;
    }
    seen.add(runtimeId);
    boolean active = activations.containsKey(runtimeId);
    switch (exchange.getRequestMethod() + " " + route) {
      case "GET /alive" -> send(exchange, 200, "{\"status\":\"ok\"}");
      case "GET /api/init" ->
          send(
              exchange,
              200,
              "{\"state\":\"" + (active ? "ready" : "dormant") + "\",\"error\":null}");
      case "POST /api/init" -> {
        exchange.getRequestBody().readAllBytes();
        String key = exchange.getRequestHeaders().getFirst("X-Init-API-Key");
        if (key == null || key.isBlank()) {
          send(exchange, 401, "{\"detail\":\"Unauthorized\"}");
        } else if (activations
                .computeIfAbsent(runtimeId, id -> new AtomicInteger())
                .incrementAndGet()
            > 1) {
          send(exchange, 400, "{\"detail\":\"server already in state: ready\"}");
        } else {
          initKeys.put(runtimeId, key);
          send(exchange, 200, "{\"state\":\"ready\",\"error\":null}");
        }
      }
      default -> send(exchange, 404, "{\"detail\":\"Not Found\"}");
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }
}
