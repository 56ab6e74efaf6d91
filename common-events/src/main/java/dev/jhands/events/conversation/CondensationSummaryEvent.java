package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A condenser's summary as it appears in the LLM's view (a user message): {@code {"kind":
 * "CondensationSummaryEvent", "source": "environment", "summary"}}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CondensationSummaryEvent(
    String id, String timestamp, EventSource source, String summary) implements Event {

  public CondensationSummaryEvent {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
    source = EventDefaults.source(source, EventSource.ENVIRONMENT);
  }
}
