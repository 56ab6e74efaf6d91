package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code condensation}: the condenser drops events from the LLM's view, named either as a list of
 * ids or as an inclusive id range, optionally replaced by a summary inserted at {@code
 * summary_offset}.
 */
@JsonTypeName("condensation")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CondensationAction(
    List<Integer> forgottenEventIds,
    Integer forgottenEventsStartId,
    Integer forgottenEventsEndId,
    String summary,
    Integer summaryOffset)
    implements SandboxAction {

  /** Rejects what OpenHands rejects: both or neither way of naming events, or half a summary. */
  public CondensationAction {
    boolean byIds = forgottenEventIds != null;
    boolean byRange = forgottenEventsStartId != null && forgottenEventsEndId != null;
    boolean summaryComplete = (summary == null) == (summaryOffset == null);
    if (byIds == byRange || !summaryComplete) {
      throw new IllegalArgumentException("Invalid configuration of the optional fields.");
    }
    forgottenEventIds = byIds ? List.copyOf(forgottenEventIds) : null;
  }

  /** The ids of the forgotten events, however they were given. */
  public List<Integer> forgotten() {
    if (forgottenEventIds != null) {
      return forgottenEventIds;
    }
    return IntStream.rangeClosed(forgottenEventsStartId, forgottenEventsEndId).boxed().toList();
  }

  @Override
  public String message() {
    if (summary != null && !summary.isEmpty()) {
      return "Summary: " + summary;
    }
    return "Condenser is dropping the events: " + forgotten() + ".";
  }
}
