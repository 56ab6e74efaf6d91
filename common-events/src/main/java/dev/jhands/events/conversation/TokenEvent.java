package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The exact token ids of one LLM exchange, only with vLLM's {@code return_token_ids}: {@code
 * {"kind": "TokenEvent", "source", "prompt_token_ids": [...], "response_token_ids": [...]}}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenEvent(
    String id,
    String timestamp,
    EventSource source,
    List<Integer> promptTokenIds,
    List<Integer> responseTokenIds)
    implements Event {

  public TokenEvent {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
    promptTokenIds = promptTokenIds == null ? List.of() : List.copyOf(promptTokenIds);
    responseTokenIds = responseTokenIds == null ? List.of() : List.copyOf(responseTokenIds);
  }
}
