package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What extends the agent's prompts: {@code {"skills": [...], "system_message_suffix",
 * "user_message_suffix", "load_user_skills": false}}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentContext(
    List<Skill> skills,
    String systemMessageSuffix,
    String userMessageSuffix,
    boolean loadUserSkills) {

  public AgentContext {
    skills = skills == null ? List.of() : List.copyOf(skills);
  }
}
