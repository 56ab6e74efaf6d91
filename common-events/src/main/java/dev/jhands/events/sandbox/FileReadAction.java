package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * {@code read}: a file to read, either by the server itself ({@code impl_source: default}, 0-based
 * {@code start}/{@code end} lines, -1 meaning the end) or through the editor's {@code view} ({@code
 * oh_aci}, 1-based inclusive {@code view_range}).
 */
@JsonTypeName("read")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FileReadAction(
    @JsonProperty(required = true) String path,
    int start,
    // Boxed so that an absent value can take the wire default, -1.
    Integer end,
    String thought,
    SecurityRisk securityRisk,
    FileReadSource implSource,
    List<Integer> viewRange)
    implements SandboxAction {

  public FileReadAction {
    Objects.requireNonNull(path, "path");
    end = Objects.requireNonNullElse(end, -1);
    thought = Objects.requireNonNullElse(thought, "");
    securityRisk = Objects.requireNonNullElse(securityRisk, SecurityRisk.UNKNOWN);
    implSource = Objects.requireNonNullElse(implSource, FileReadSource.DEFAULT);
    viewRange = viewRange == null ? null : List.copyOf(viewRange);
  }

  @Override
  public String message() {
    return "Reading file: " + path;
  }
}
