package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code recall}: a request for workspace context or microagent knowledge matching {@code query}.
 */
@JsonTypeName("recall")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecallAction(
    @JsonProperty(required = true) RecallType recallType, String query, String thought)
    implements SandboxAction {

  private static final int MESSAGE_QUERY_CHARS = 50;

  public RecallAction {
    Objects.requireNonNull(recallType, "recall_type");
    query = Objects.requireNonNullElse(query, "");
    thought = Objects.requireNonNullElse(thought, "");
  }

  /** Python slices by code points, so a surrogate pair is never cut in half. */
  @Override
  public String message() {
    int end =
        query.offsetByCodePoints(
            0, Math.min(MESSAGE_QUERY_CHARS, query.codePointCount(0, query.length())));
    return "Retrieving content for: " + query.substring(0, end);
  }
}
