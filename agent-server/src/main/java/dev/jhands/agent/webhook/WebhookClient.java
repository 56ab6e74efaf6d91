package dev.jhands.agent.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.Logger;

/** One POST of a JSON body; any answer but a 2xx, or no answer, is a failure. */
final class WebhookClient {

  private static final Logger LOG = Logger.getLogger(WebhookClient.class);
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** Whether the receiver took it. Headers are never logged: they hold the session key. */
  boolean post(URI uri, Map<String, String> headers, byte[] json, Duration timeout)
      throws InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    headers.forEach(request::setHeader);
    try {
      int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 == 2) {
        return true;
      }
      LOG.warnf("webhook %s answered %d", WebhookRequests.redacted(uri), status);
    } catch (IOException e) {
      LOG.warnf("webhook %s failed: %s", WebhookRequests.redacted(uri), e.toString());
    }
    return false;
  }
}
