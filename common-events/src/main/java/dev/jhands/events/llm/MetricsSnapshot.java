package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * LLM usage totals without the per-call lists: {@code {"model_name", "accumulated_cost",
 * "max_budget_per_task", "accumulated_token_usage"}}. It is ConversationInfo's {@code metrics}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MetricsSnapshot(
    String modelName,
    double accumulatedCost,
    Double maxBudgetPerTask,
    TokenUsage accumulatedTokenUsage) {

  public MetricsSnapshot {
    modelName = modelName == null ? "default" : modelName;
  }
}
