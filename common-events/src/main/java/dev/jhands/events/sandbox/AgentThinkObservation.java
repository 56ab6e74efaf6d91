package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/** {@code think}: the acknowledgement of a {@code think} action. It has no extras. */
@JsonTypeName("think")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentThinkObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content)
    implements SandboxObservation {

  public AgentThinkObservation {
    content = Objects.requireNonNullElse(content, "");
  }

  @Override
  public String message() {
    return content;
  }
}
