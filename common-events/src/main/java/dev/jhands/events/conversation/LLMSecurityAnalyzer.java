package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The LLM rates each action itself, through the {@code security_risk} argument every tool schema
 * then carries: {@code {"kind": "LLMSecurityAnalyzer"}}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LLMSecurityAnalyzer() implements SecurityAnalyzer {}
