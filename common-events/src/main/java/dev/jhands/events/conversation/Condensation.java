package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * History was condensed: {@code {"kind": "Condensation", "source": "environment",
 * "forgotten_event_ids": [...], "summary", "summary_offset", "llm_response_id"}}. The forgotten
 * events leave the LLM's view; the summary, if any, is inserted at {@code summary_offset}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Condensation(
    String id,
    String timestamp,
    EventSource source,
    List<String> forgottenEventIds,
    String summary,
    Integer summaryOffset,
    String llmResponseId)
    implements Event {

  public Condensation {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
    source = EventDefaults.source(source, EventSource.ENVIRONMENT);
    forgottenEventIds = forgottenEventIds == null ? List.of() : List.copyOf(forgottenEventIds);
  }
}
