package dev.jhands.action.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The pages the browser tests visit, served on 127.0.0.1 by the JDK's own HTTP server. */
final class TestSite implements AutoCloseable {

  static final String REPORT = "quarterly numbers\n";

  private final HttpServer server;
  private final CountDownLatch release = new CountDownLatch(1);

  TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    page(
        "/",
        "Home",
        """
        <h1>Welcome</h1><p>Start here.</p>
        <p><a href="/form">Go to the form</a></p><img src="/cat.png" alt="a sleeping cat">
        """);
    page(
        "/form",
        "Form",
        """
        <label for="name">Name</label>
        <input id="name" onkeydown="if (event.key === 'Enter') greet()">
        <button onclick="greet()">Greet</button>
        <p id="out">Nobody greeted yet</p>
        <select aria-label="Colour" onchange="document.getElementById('c').textContent = 'Colour: ' + this.value">
          <option value="red">Red</option><option value="blue">Blue</option></select>
        <p id="c">Colour: red</p>
        <script>function greet() {
          document.getElementById('out').textContent = 'Hello, ' + document.getElementById('name').value + '!';
        }</script>
        """);
    page(
        "/long",
        "Long",
        """
        <p id="pos" style="position: fixed; top: 0; background: white">At the top</p>
        %s
        <script>addEventListener('scroll', () =>
          document.getElementById('pos').textContent = 'Scrolled to ' + Math.round(scrollY));</script>
        """
            .formatted("<p>Filler paragraph.</p>\n".repeat(300)));
    page("/downloads", "Downloads", "<a href=\"/report.txt\">Get the report</a>");
    server.createContext(
        "/report.txt",
        exchange -> {
          exchange
              .getResponseHeaders()
              .add("Content-Disposition", "attachment; filename=\"report.txt\"");
          send(exchange, "text/plain", REPORT);
        });
    server.createContext(
        "/slow",
        exchange -> {
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          send(exchange, "text/html", "<title>Slow</title>finally");
        });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void page(String path, String title, String body) {
    String html =
        "<!doctype html><html><head><title>"
            + title
            + "</title></head><body>"
            + body
            + "</body></html>";
    server.createContext(
        path,
        exchange -> {
          if (!exchange.getRequestURI().getPath().equals(path)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          send(exchange, "text/html; charset=utf-8", html);
        });
  }

  private static void send(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }
}
