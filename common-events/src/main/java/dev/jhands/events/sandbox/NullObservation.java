package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/** {@code null}: the answer to an action that produces nothing. It has no extras. */
@JsonTypeName("null")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NullObservation(@JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content)
    implements SandboxObservation {

  public NullObservation {
    content = Objects.requireNonNullElse(content, "");
  }

  @Override
  public String message() {
    return "No observation";
  }
}
