package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What rates the risk of the agent's actions: {@code {"kind": "LLMSecurityAnalyzer"}} or null
 * (every action is UNKNOWN).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = LLMSecurityAnalyzer.class, name = "LLMSecurityAnalyzer")})
public sealed interface SecurityAnalyzer permits LLMSecurityAnalyzer {}
