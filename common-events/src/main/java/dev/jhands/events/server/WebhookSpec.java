package dev.jhands.events.server;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * One outbound webhook of the agent server (agent-server.md §4): configured from {@code
 * OH_WEBHOOKS_<n>_*} or delivered in {@code POST /api/init}. Events are POSTed in batches to {@code
 * <base_url>/events/<conversation id hex>} and conversation info to {@code
 * <base_url>/conversations}, with the configured {@code headers} added.
 *
 * <p>Defaults are the baseline's: a batch of {@code event_buffer_size} 10, flushed after {@code
 * flush_delay} 30.0 s (a float on the wire; the timer restarts on every event), {@code num_retries}
 * 3 with {@code retry_delay} 5 s between them, no extra headers.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WebhookSpec(
    String baseUrl,
    Map<String, String> headers,
    Integer eventBufferSize,
    Double flushDelay,
    Integer numRetries,
    Integer retryDelay) {

  public WebhookSpec {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    eventBufferSize = eventBufferSize == null ? 10 : eventBufferSize;
    flushDelay = flushDelay == null ? 30.0 : flushDelay;
    numRetries = numRetries == null ? 3 : numRetries;
    retryDelay = retryDelay == null ? 5 : retryDelay;
  }

  public static WebhookSpec of(String baseUrl) {
    return new WebhookSpec(baseUrl, null, null, null, null, null);
  }
}
