package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Activates a task skill on a trigger word: {@code {"type": "task", "triggers": [...]}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskTrigger(List<String> triggers) implements SkillTrigger {

  public TaskTrigger {
    triggers = triggers == null ? List.of() : List.copyOf(triggers);
  }
}
