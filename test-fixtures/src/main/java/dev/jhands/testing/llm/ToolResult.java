package dev.jhands.testing.llm;

/**
 * One tool result a client sent back to the model, in either protocol.
 *
 * @param toolCallId the call it answers: OpenAI's {@code tool_call_id} or Anthropic's {@code
 *     tool_use_id}
 * @param text its text content (text parts joined with newlines), or {@code null} when it has none
 * @param error Anthropic's {@code is_error}; always {@code false} for OpenAI, which has no such
 *     flag
 */
public record ToolResult(String toolCallId, String text, boolean error) {}
