package dev.jhands.agent.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.jhands.agent.conversation.ConversationIds;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.json.Wire;
import java.net.URI;
import java.util.List;

/**
 * Where a batch goes and what it says (contract §4). Bodies are written by the wire mapper's
 * default writer, which masks every secret.
 */
final class WebhookRequests {

  private static final ObjectWriter EVENTS =
      Wire.mapper().writerFor(new TypeReference<List<Event>>() {});

  private WebhookRequests() {}

  /** {@code <base>/conversations}, or {@code <base>/events/<conversation id, 32 hex>}. */
  static URI uri(String base, WebhookQueue.Batch batch) {
    return URI.create(
        batch.info() != null
            ? base + "/conversations"
            : base + "/events/" + ConversationIds.hex(batch.conversation()));
  }

  /**
   * A URL as logs and thread names may show it: no user info (a password) and no query (a token).
   */
  static String redacted(URI uri) {
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return uri.getScheme() + "://" + uri.getHost() + port + uri.getRawPath();
  }

  /** The ConversationInfo, or the JSON array of events. */
  static byte[] body(WebhookQueue.Batch batch) {
    try {
      return batch.info() != null
          ? Wire.mapper().writeValueAsBytes(batch.info())
          : EVENTS.writeValueAsBytes(batch.events());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a webhook body", e);
    }
  }
}
