package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Activates a skill when a user message contains a keyword: {@code {"type": "keyword", ...}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record KeywordTrigger(List<String> keywords) implements SkillTrigger {

  public KeywordTrigger {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }
}
