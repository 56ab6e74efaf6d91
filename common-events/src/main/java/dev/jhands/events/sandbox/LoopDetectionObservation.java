package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code loop_detection}: the agent is in loop-recovery mode (shown by the CLI only). No extras.
 */
@JsonTypeName("loop_detection")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoopDetectionObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content)
    implements SandboxObservation {

  public LoopDetectionObservation {
    content = Objects.requireNonNullElse(content, "");
  }

  /** OpenHands gives this observation no message of its own, so it is "". */
  @Override
  public String message() {
    return "";
  }
}
