package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code write}: text to write into a file, replacing lines {@code start..end} (all by default).
 */
@JsonTypeName("write")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FileWriteAction(
    @JsonProperty(required = true) String path,
    @JsonProperty(required = true) String content,
    int start,
    // Boxed so that an absent value can take the wire default, -1.
    Integer end,
    String thought,
    SecurityRisk securityRisk)
    implements SandboxAction {

  public FileWriteAction {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    end = Objects.requireNonNullElse(end, -1);
    thought = Objects.requireNonNullElse(thought, "");
    securityRisk = Objects.requireNonNullElse(securityRisk, SecurityRisk.UNKNOWN);
  }

  @Override
  public String message() {
    return "Writing file: " + path;
  }
}
