package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/** {@code condense}: the output of a condensation. It has no extras. */
@JsonTypeName("condense")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentCondensationObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content)
    implements SandboxObservation {

  public AgentCondensationObservation {
    content = Objects.requireNonNullElse(content, "");
  }

  @Override
  public String message() {
    return content;
  }
}
