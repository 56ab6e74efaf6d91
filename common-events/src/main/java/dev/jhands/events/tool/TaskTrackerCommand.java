package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code task_tracker} tool's commands: show the list, or replace it. */
public enum TaskTrackerCommand {
  @JsonProperty("view")
  VIEW,
  @JsonProperty("plan")
  PLAN
}
