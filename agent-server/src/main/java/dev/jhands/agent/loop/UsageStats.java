package dev.jhands.agent.loop;

import dev.jhands.agent.llm.LlmReply;
import dev.jhands.events.conversation.ConversationStats;
import dev.jhands.events.llm.Cost;
import dev.jhands.events.llm.LlmConfig;
import dev.jhands.events.llm.Metrics;
import dev.jhands.events.llm.ResponseLatency;
import dev.jhands.events.llm.TokenUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds one LLM call to the conversation's stats, under the LLM's usage id ({@code agent}, {@code
 * condenser}…). Cost comes from the per-token prices in the LLM config; without them it is 0, as
 * there is no price list here.
 */
final class UsageStats {

  private UsageStats() {}

  static ConversationStats add(ConversationStats stats, LlmConfig llm, String model, LlmReply r) {
    String usageId = llm.usageId() == null ? LlmConfig.DEFAULT_USAGE_ID : llm.usageId();
    Metrics before = stats.usageToMetrics().getOrDefault(usageId, Metrics.empty(model));
    double cost =
        r.promptTokens() * price(llm.inputCostPerToken())
            + r.completionTokens() * price(llm.outputCostPerToken());
    TokenUsage call =
        new TokenUsage(
            model,
            r.promptTokens(),
            r.completionTokens(),
            r.cachedTokens(),
            0,
            0,
            llm.maxInputTokens() == null ? 0 : llm.maxInputTokens(),
            r.promptTokens() + r.completionTokens(),
            r.responseId());
    TokenUsage total = before.accumulatedTokenUsage();
    TokenUsage accumulated =
        new TokenUsage(
            model,
            total.promptTokens() + call.promptTokens(),
            total.completionTokens() + call.completionTokens(),
            total.cacheReadTokens() + call.cacheReadTokens(),
            total.cacheWriteTokens(),
            total.reasoningTokens(),
            call.contextWindow(),
            call.perTurnToken(),
            call.responseId());
    List<Cost> costs = new ArrayList<>(before.costs());
    if (cost > 0) {
      costs.add(new Cost(model, cost, System.currentTimeMillis() / 1000.0));
    }
    List<ResponseLatency> latencies = new ArrayList<>(before.responseLatencies());
    latencies.add(new ResponseLatency(model, r.latencySeconds(), r.responseId()));
    List<TokenUsage> usages = new ArrayList<>(before.tokenUsages());
    usages.add(call);
    Metrics after =
        new Metrics(
            model,
            before.accumulatedCost() + cost,
            before.maxBudgetPerTask(),
            accumulated,
            costs,
            latencies,
            usages);
    Map<String, Metrics> all = new LinkedHashMap<>(stats.usageToMetrics());
    all.put(usageId, after);
    return new ConversationStats(all);
  }

  private static double price(Double perToken) {
    return perToken == null ? 0 : perToken;
  }
}
