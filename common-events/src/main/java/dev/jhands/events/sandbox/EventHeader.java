package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.conversation.EventSource;

/**
 * The top-level keys an OpenHands event carries beside its action or observation: {@code id},
 * {@code timestamp} (Python {@code isoformat()}, kept verbatim), {@code source}, {@code cause} (the
 * id of the triggering action), {@code tool_call_metadata} and {@code llm_metrics} (free-form).
 *
 * <p>Every key is optional and written only when set. An id of -1 is OpenHands' "no id" and is
 * stored as null, so it is never written.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventHeader(
    Integer id,
    String timestamp,
    EventSource source,
    Integer cause,
    ToolCallMetadata toolCallMetadata,
    JsonNode llmMetrics) {

  /** OpenHands' id of an event that has none yet. */
  public static final int INVALID_ID = -1;

  /** No header at all: what the action-execution server answers with. */
  public static final EventHeader NONE = new EventHeader(null, null, null, null, null, null);

  public EventHeader {
    if (id != null && id == INVALID_ID) {
      id = null;
    }
    // A copy, so that no one holding the caller's tree can change this record.
    llmMetrics = llmMetrics == null || llmMetrics.isNull() ? null : llmMetrics.deepCopy();
  }
}
