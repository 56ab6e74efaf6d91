package dev.jhands.agent.llm;

/** The prompt is longer than the model's context window: condensing the history may help. */
public final class ContextWindowExceededException extends LlmException {

  public ContextWindowExceededException(String message, Throwable cause) {
    super("LLMContextWindowExceedError", message, cause);
  }
}
