package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code error}: an error the agent can recover from; {@code error_id} is "" or a code such as
 * {@code AGENT_ERROR$BAD_ACTION}.
 */
@JsonTypeName("error")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content, String errorId)
    implements SandboxObservation {

  public ErrorObservation {
    content = Objects.requireNonNullElse(content, "");
    errorId = Objects.requireNonNullElse(errorId, "");
  }

  @Override
  public String message() {
    return content;
  }
}
