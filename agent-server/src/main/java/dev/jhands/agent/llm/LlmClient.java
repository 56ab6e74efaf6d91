package dev.jhands.agent.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import java.util.List;

/** A chat model the agent can call; retries are the implementation's business. */
public interface LlmClient {

  /**
   * Sends the conversation and the tools, and returns the model's answer.
   *
   * @throws ContextWindowExceededException when the prompt no longer fits the model
   * @throws LlmException for any other failure once retries are spent
   */
  LlmReply complete(List<ChatMessage> messages, List<ToolSpecification> tools);

  /** The model name, as the stats record it. */
  String model();
}
