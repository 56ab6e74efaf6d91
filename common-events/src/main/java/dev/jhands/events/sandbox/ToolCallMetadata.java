package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * An event's {@code tool_call_metadata}: which tool call of which LLM response produced the action.
 * {@code model_response} is the provider's whole response (LiteLLM's {@code ModelResponse}), kept
 * as free-form JSON.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ToolCallMetadata(
    String functionName, String toolCallId, JsonNode modelResponse, int totalCallsInResponse) {

  public ToolCallMetadata {
    // A copy, so that no one holding the caller's tree can change this record.
    modelResponse = modelResponse == null ? NullNode.getInstance() : modelResponse.deepCopy();
  }
}
