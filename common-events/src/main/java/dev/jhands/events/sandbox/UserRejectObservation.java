package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/** {@code user_rejected}: the user rejected the action. It has no extras. */
@JsonTypeName("user_rejected")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserRejectObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content)
    implements SandboxObservation {

  public UserRejectObservation {
    content = Objects.requireNonNullElse(content, "");
  }

  @Override
  public String message() {
    return content;
  }
}
