package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What activates a skill, keyed by {@code type}: {@code {"type": "keyword", "keywords": [...]}} or
 * {@code {"type": "task", "triggers": [...]}}. A skill without a trigger is always active.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = KeywordTrigger.class, name = "keyword"),
  @JsonSubTypes.Type(value = TaskTrigger.class, name = "task")
})
public sealed interface SkillTrigger permits KeywordTrigger, TaskTrigger {}
