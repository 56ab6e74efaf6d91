package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code run}: the output of a bash command, with the shell's state after it in {@code metadata}.
 * Its event carries {@code success}, true exactly when the exit code is 0.
 *
 * <p>Like OpenHands' constructor, this one cuts the middle out of content longer than {@value
 * #MAX_CONTENT_CHARS} characters, whether the observation is built or read; cutting twice changes
 * nothing.
 */
@JsonTypeName("run")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CmdOutputObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content,
    @JsonProperty(required = true) String command,
    CmdOutputMetadata metadata,
    boolean hidden)
    implements SandboxObservation, ReportsSuccess {

  /** OpenHands' {@code MAX_CMD_OUTPUT_SIZE}. */
  public static final int MAX_CONTENT_CHARS = 30_000;

  static final String TRUNCATION_NOTICE = "\n[... Observation truncated due to length ...]\n";

  public CmdOutputObservation {
    content = Objects.requireNonNullElse(content, "");
    Objects.requireNonNull(command, "command");
    metadata = Objects.requireNonNullElse(metadata, CmdOutputMetadata.DEFAULT);
    // Hidden commands never reach the LLM, so OpenHands keeps their whole output.
    if (!hidden) {
      content = truncate(content);
    }
  }

  /** Python counts code points, so the halves are cut on code point boundaries. */
  static String truncate(String content) {
    if (content.codePointCount(0, content.length()) <= MAX_CONTENT_CHARS) {
      return content;
    }
    int half = MAX_CONTENT_CHARS / 2;
    return content.substring(0, content.offsetByCodePoints(0, half))
        + TRUNCATION_NOTICE
        + content.substring(content.offsetByCodePoints(content.length(), -half));
  }

  public int exitCode() {
    return metadata.exitCode();
  }

  @Override
  public boolean success() {
    return exitCode() == 0;
  }

  @Override
  public String message() {
    return "Command `" + command + "` executed with exit code " + exitCode() + ".";
  }
}
