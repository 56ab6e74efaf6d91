package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One task of the task tracker: {@code {"title", "notes": "", "status": "todo"}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskItem(String title, String notes, TaskStatus status) {

  public TaskItem {
    notes = notes == null ? "" : notes;
    status = status == null ? TaskStatus.TODO : status;
  }
}
