package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /api/conversations/{id}/security_analyzer}: {@code {"security_analyzer":
 * {"kind": "LLMSecurityAnalyzer"} | null}}; null removes the analyzer.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetSecurityAnalyzerRequest(SecurityAnalyzer securityAnalyzer) {}
