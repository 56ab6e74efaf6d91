package dev.jhands.testing.llm;

/**
 * The token figures a scripted reply reports in its {@code usage} object.
 *
 * <p>Agents turn these into cost and context-window metrics, so tests that check the accounting
 * script exact figures with {@link Turn.Reply#withUsage(Usage)}; otherwise the server estimates
 * them deterministically (see {@link ScriptedLlmServer}).
 *
 * @param promptTokens tokens of the request ({@code prompt_tokens})
 * @param completionTokens tokens of the reply ({@code completion_tokens})
 * @param cachedPromptTokens the part of {@code promptTokens} served from the provider's prompt
 *     cache ({@code prompt_tokens_details.cached_tokens}); OpenHands reports it as cache reads
 */
public record Usage(int promptTokens, int completionTokens, int cachedPromptTokens) {

  /** Rejects figures no provider would report, so a typo in a test fails where it is made. */
  public Usage {
    if (promptTokens < 0 || completionTokens < 0 || cachedPromptTokens < 0) {
      throw new IllegalArgumentException("token counts must not be negative");
    }
    if (cachedPromptTokens > promptTokens) {
      throw new IllegalArgumentException("cached prompt tokens exceed prompt tokens");
    }
  }

  /** Figures without a prompt-cache hit. */
  public static Usage of(int promptTokens, int completionTokens) {
    return new Usage(promptTokens, completionTokens, 0);
  }

  /** {@code total_tokens}: OpenAI reports the plain sum. */
  public int totalTokens() {
    return promptTokens + completionTokens;
  }
}
