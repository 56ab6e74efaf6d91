package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A request to condense the history at the next step (for example after a context-window overflow):
 * {@code {"kind": "CondensationRequest", "source": "environment"}}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CondensationRequest(String id, String timestamp, EventSource source)
    implements Event {

  public CondensationRequest {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
    source = EventDefaults.source(source, EventSource.ENVIRONMENT);
  }
}
