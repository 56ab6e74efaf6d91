// The sandbox of the Docker tests: a tiny HTTP server run as `java Server.java` inside a container,
// with the host's JDK mounted read-only. It records each boot in the workspace, answers /alive,
// and reports its environment and user so the tests can check what the container got.
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

public class Server {
  public static void main(String[] args) throws IOException {
    Path workspace = Path.of(System.getenv().getOrDefault("WORKSPACE", "/workspace"));
    Files.writeString(
        workspace.resolve("boots.txt"),
        ProcessHandle.current().pid() + "\n",
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "60000"));
    HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", port), 16);
    server.createContext("/alive", x -> send(x, "{\"status\":\"ok\"}"));
    server.createContext("/env", x -> send(x, json(new TreeMap<>(System.getenv()))));
    server.createContext(
        "/whoami",
        x -> {
          Map<String, String> ids = new TreeMap<>();
          for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("Uid:") || line.startsWith("Gid:")) {
              ids.put(line.substring(0, 3).toLowerCase(), line.split("\\s+")[1]);
            }
          }
          ids.put("cwd", Path.of("").toAbsolutePath().toString());
          send(x, json(ids));
        });
    server.createContext(
        "/boots",
        x -> send(x, Integer.toString(Files.readAllLines(workspace.resolve("boots.txt")).size())));
    server.start();
    System.out.println("listening on " + port);
  }

  private static void send(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String json(Map<String, String> map) {
    StringBuilder b = new StringBuilder("{");
    map.forEach(
        (k, v) -> {
          if (b.length() > 1) {
            b.append(',');
          }
          b.append(quote(k)).append(':').append(quote(v));
        });
    return b.append('}').toString();
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
