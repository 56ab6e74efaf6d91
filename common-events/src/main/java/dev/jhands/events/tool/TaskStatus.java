package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The state of one task in the task tracker. */
public enum TaskStatus {
  @JsonProperty("todo")
  TODO,
  @JsonProperty("in_progress")
  IN_PROGRESS,
  @JsonProperty("done")
  DONE
}
