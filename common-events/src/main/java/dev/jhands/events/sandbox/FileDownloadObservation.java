package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/** {@code download}: a browser download, copied into the workspace at {@code file_path}. */
@JsonTypeName("download")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileDownloadObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content,
    @JsonProperty(required = true) String filePath)
    implements SandboxObservation {

  public FileDownloadObservation {
    content = Objects.requireNonNullElse(content, "");
    Objects.requireNonNull(filePath, "file_path");
  }

  @Override
  public String message() {
    return "Downloaded the file at location: " + filePath;
  }
}
