package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/** {@code read}: a file's content (or an editor error text) and the path it came from. */
@JsonTypeName("read")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileReadObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content,
    @JsonProperty(required = true) String path,
    FileReadSource implSource)
    implements SandboxObservation {

  public FileReadObservation {
    content = Objects.requireNonNullElse(content, "");
    Objects.requireNonNull(path, "path");
    implSource = Objects.requireNonNullElse(implSource, FileReadSource.DEFAULT);
  }

  @Override
  public String message() {
    return "I read the file " + path + ".";
  }
}
