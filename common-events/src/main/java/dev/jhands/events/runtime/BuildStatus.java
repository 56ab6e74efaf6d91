package dev.jhands.events.runtime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Set;

/**
 * The answer of {@code GET /build_status?build_id=} (runtime-api.md §2.7).
 *
 * <p>{@code status} stays a string because the vocabulary is open: {@code SUCCESS} means done, the
 * {@link #FAILURES} are terminal, and any other value means "still building". (The names match
 * Google Cloud Build's, whose in-progress values are {@code QUEUED} and {@code WORKING}.) {@code
 * error} is left out when null, because V0 reads it with {@code .get('error', <fallback message>)}
 * and would report a null as the message.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BuildStatus(
    String status, String image, @JsonInclude(JsonInclude.Include.NON_NULL) String error) {

  public static final String SUCCESS = "SUCCESS";

  /** Terminal failure statuses; V0 stops polling and reports {@code error} on any of them. */
  public static final Set<String> FAILURES =
      Set.of("FAILURE", "INTERNAL_ERROR", "TIMEOUT", "CANCELLED", "EXPIRED");

  @JsonIgnore
  public boolean finished() {
    return status != null && (SUCCESS.equals(status) || FAILURES.contains(status));
  }
}
