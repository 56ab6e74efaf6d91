package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The full usage record of one LLM: the {@link MetricsSnapshot} fields plus the per-call {@code
 * costs}, {@code response_latencies} and {@code token_usages}. It is the value type of a
 * conversation's {@code stats.usage_to_metrics}. As in the SDK, a missing accumulated usage starts
 * at zero for the model.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Metrics(
    String modelName,
    double accumulatedCost,
    Double maxBudgetPerTask,
    TokenUsage accumulatedTokenUsage,
    List<Cost> costs,
    List<ResponseLatency> responseLatencies,
    List<TokenUsage> tokenUsages) {

  public Metrics {
    modelName = modelName == null ? "default" : modelName;
    accumulatedTokenUsage =
        accumulatedTokenUsage == null ? TokenUsage.zero(modelName) : accumulatedTokenUsage;
    costs = costs == null ? List.of() : List.copyOf(costs);
    responseLatencies = responseLatencies == null ? List.of() : List.copyOf(responseLatencies);
    tokenUsages = tokenUsages == null ? List.of() : List.copyOf(tokenUsages);
  }

  public static Metrics empty(String modelName) {
    return new Metrics(modelName, 0.0, null, null, null, null, null);
  }

  /** The totals without the per-call lists, as {@code Metrics.get_snapshot()}. */
  public MetricsSnapshot snapshot() {
    return new MetricsSnapshot(modelName, accumulatedCost, maxBudgetPerTask, accumulatedTokenUsage);
  }
}
