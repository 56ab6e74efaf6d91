package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.Metrics;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LLM usage of a conversation, per LLM usage id ({@code "agent"}, {@code "condenser"}, ...): {@code
 * {"usage_to_metrics": {USAGE_ID: Metrics}}}. The old name {@code service_to_metrics} is read too.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversationStats(
    @JsonAlias("service_to_metrics") Map<String, Metrics> usageToMetrics) {

  public static final ConversationStats EMPTY = new ConversationStats(Map.of());

  public ConversationStats {
    usageToMetrics =
        usageToMetrics == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(usageToMetrics));
  }
}
