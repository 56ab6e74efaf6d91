package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * {@code run_ipython}: the output of a Jupyter cell; plots come as {@code
 * data:image/png;base64,...} URLs. Its event always carries {@code success: true}.
 */
@JsonTypeName("run_ipython")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record IPythonRunCellObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content,
    @JsonProperty(required = true) String code,
    List<String> imageUrls)
    implements SandboxObservation, ReportsSuccess {

  public IPythonRunCellObservation {
    content = Objects.requireNonNullElse(content, "");
    Objects.requireNonNull(code, "code");
    imageUrls = imageUrls == null ? null : List.copyOf(imageUrls);
  }

  /** A cell has no exit code, so OpenHands counts every cell as a success. */
  @Override
  public boolean success() {
    return true;
  }

  @Override
  public String message() {
    return "Code executed in IPython cell.";
  }
}
