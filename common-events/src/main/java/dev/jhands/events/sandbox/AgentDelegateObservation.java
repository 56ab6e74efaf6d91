package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Objects;

/** {@code delegate}: the free-form outputs of a delegated agent. */
@JsonTypeName("delegate")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentDelegateObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content,
    @JsonProperty(required = true) @JsonSerialize(using = FreeForm.Serializer.class)
        Map<String, Object> outputs)
    implements SandboxObservation {

  public AgentDelegateObservation {
    content = Objects.requireNonNullElse(content, "");
    Objects.requireNonNull(outputs, "outputs");
    outputs = FreeForm.map(outputs);
  }

  /** OpenHands writes "" here. */
  @Override
  public String message() {
    return "";
  }
}
