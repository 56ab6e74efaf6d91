package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code condensation_request}: a request to condense the history; it has no arguments. */
@JsonTypeName("condensation_request")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CondensationRequestAction() implements SandboxAction {

  @Override
  public String message() {
    return "Requesting a condensation of the conversation history.";
  }
}
