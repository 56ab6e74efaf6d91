package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code edit}: the editor's answer. For editor edits, {@code old_content}/{@code new_content} echo
 * the action's {@code old_str}/{@code new_str} and {@code diff} is a zero-context unified diff.
 *
 * <p>OpenHands also writes its private diff cache as {@code _diff_cache}, always null on the wire;
 * it is written for fidelity and ignored on input.
 */
@JsonTypeName("edit")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileEditObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content,
    String path,
    boolean prevExist,
    String oldContent,
    String newContent,
    FileEditSource implSource,
    String diff)
    implements SandboxObservation {

  public FileEditObservation {
    content = Objects.requireNonNullElse(content, "");
    path = Objects.requireNonNullElse(path, "");
    // Unlike the action, the observation defaults to the client-side editor.
    implSource = Objects.requireNonNullElse(implSource, FileEditSource.LLM_BASED_EDIT);
  }

  @JsonProperty("_diff_cache")
  String diffCache() {
    return null;
  }

  @Override
  public String message() {
    return "I edited the file " + path + ".";
  }
}
