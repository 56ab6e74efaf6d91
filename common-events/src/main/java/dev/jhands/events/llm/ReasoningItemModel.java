package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * An OpenAI Responses API reasoning item, as the SDK keeps it: {@code {"id", "summary": [],
 * "content", "encrypted_content", "status"}}. Never log {@code encrypted_content}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReasoningItemModel(
    String id, List<String> summary, List<String> content, String encryptedContent, String status) {

  public ReasoningItemModel {
    summary = summary == null ? List.of() : List.copyOf(summary);
    content = content == null ? null : List.copyOf(content);
  }
}
