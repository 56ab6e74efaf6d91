package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code edit}: an editor command ({@code view|create|str_replace|insert|undo_edit}) with its
 * arguments ({@code impl_source: oh_aci}, run by the server), or a line-range rewrite with {@code
 * content}, {@code start} and {@code end} ({@code llm_based_edit}, handled by the client).
 */
@JsonTypeName("edit")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FileEditAction(
    @JsonProperty(required = true) String path,
    String command,
    String fileText,
    String oldStr,
    String newStr,
    Integer insertLine,
    String content,
    // Boxed so that absent values can take the wire defaults, 1 and -1.
    Integer start,
    Integer end,
    String thought,
    SecurityRisk securityRisk,
    FileEditSource implSource)
    implements SandboxAction {

  public FileEditAction {
    Objects.requireNonNull(path, "path");
    command = Objects.requireNonNullElse(command, "");
    content = Objects.requireNonNullElse(content, "");
    start = Objects.requireNonNullElse(start, 1);
    end = Objects.requireNonNullElse(end, -1);
    thought = Objects.requireNonNullElse(thought, "");
    securityRisk = Objects.requireNonNullElse(securityRisk, SecurityRisk.UNKNOWN);
    implSource = Objects.requireNonNullElse(implSource, FileEditSource.OH_ACI);
  }

  /** OpenHands gives this action no message of its own, so the event's {@code message} is "". */
  @Override
  public String message() {
    return "";
  }
}
