package dev.jhands.testing.llm;

import static dev.jhands.testing.llm.OpenAiChatModelTest.FILE_EDITOR;
import static dev.jhands.testing.llm.OpenAiChatModelTest.TERMINAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicTokenUsage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * LangChain4j's Anthropic client against the server's Messages API: the same scripts as the OpenAI
 * tests, read by a real Anthropic client.
 */
class AnthropicChatModelTest {

  private final ScriptedLlmServer llm = ScriptedLlmServer.start();

  @AfterEach
  void close() {
    llm.close();
  }

  private AnthropicChatModel model() {
    return model(llm, "sk-ant-test");
  }

  static AnthropicChatModel model(ScriptedLlmServer server, String apiKey) {
    return AnthropicChatModel.builder()
        .baseUrl(server.baseUrl())
        .apiKey(apiKey)
        .modelName("claude-test")
        .maxTokens(1024)
        .maxRetries(0)
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  private static ChatRequest ask(String text) {
    return ChatRequest.builder().messages(UserMessage.from(text)).build();
  }

  @Test
  void textReplyArrivesOnTheMessagesPathWithItsIdModelAndStopReason() {
    llm.enqueue(Turn.text("Hello from the script."));

    ChatResponse response =
        model()
            .chat(
                ChatRequest.builder()
                    .messages(SystemMessage.from("You are terse."), UserMessage.from("Hi"))
                    .build());

    assertThat(response.aiMessage().text()).isEqualTo("Hello from the script.");
    assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(response.id()).isEqualTo("msg_scripted_1");
    assertThat(response.modelName()).isEqualTo("claude-test");
    RecordedRequest request = llm.lastRequest();
    assertThat(request.path()).isEqualTo("/v1/messages");
    assertThat(request.api()).isEqualTo(RecordedRequest.Api.MESSAGES);
    assertThat(request.isModelCall()).isTrue();
    assertThat(request.isChatCompletion()).isFalse();
    assertThat(request.apiKey()).hasValue("sk-ant-test");
    assertThat(request.header("anthropic-version")).isPresent();
    assertThat(request.systemText()).isEqualTo("You are terse.");
    assertThat(request.roles()).containsExactly("user");
    assertThat(request.lastUserText()).isEqualTo("Hi");
  }

  @Test
  void parallelToolCallsArriveAsToolUseBlocksWithIdsAndInput() {
    llm.enqueue(
        Turn.textAndToolCalls(
            "Let me look.",
            ToolCall.of("terminal", "{\"command\":\"ls -la\"}"),
            ToolCall.of("file_editor", Map.of("command", "view", "path", "/workspace/README.md"))
                .withId("toolu_view")));

    ChatResponse response =
        model()
            .chat(
                ChatRequest.builder()
                    .messages(UserMessage.from("Look around."))
                    .toolSpecifications(TERMINAL, FILE_EDITOR)
                    .build());

    assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
    assertThat(response.aiMessage().text()).isEqualTo("Let me look.");
    List<ToolExecutionRequest> calls = response.aiMessage().toolExecutionRequests();
    assertThat(calls)
        .extracting(ToolExecutionRequest::id)
        .containsExactly("toolu_1_0", "toolu_view");
    assertThat(calls)
        .extracting(ToolExecutionRequest::name)
        .containsExactly("terminal", "file_editor");
    assertThat(RawClient.parse(calls.get(0).arguments()).path("command").asText())
        .isEqualTo("ls -la");
    assertThat(RawClient.parse(calls.get(1).arguments()).path("path").asText())
        .isEqualTo("/workspace/README.md");
    assertThat(llm.lastRequest().toolNames()).containsExactly("terminal", "file_editor");
  }

  @Test
  void toolResultsGoBackAsToolResultBlocksNamingTheirToolUse() {
    llm.enqueue(
        Turn.toolCalls(
            ToolCall.of("terminal", "{\"command\":\"ls\"}"),
            ToolCall.of("terminal", "{\"command\":\"pwd\"}")),
        Turn.text("Two files in /workspace."));
    AnthropicChatModel model = model();
    UserMessage user = UserMessage.from("Where am I and what is here?");

    AiMessage calls =
        model
            .chat(ChatRequest.builder().messages(user).toolSpecifications(TERMINAL).build())
            .aiMessage();
    List<ToolExecutionRequest> requests = calls.toolExecutionRequests();
    ChatResponse answer =
        model.chat(
            ChatRequest.builder()
                .messages(
                    user,
                    calls,
                    ToolExecutionResultMessage.from(requests.get(0), "a.txt b.txt"),
                    ToolExecutionResultMessage.from(requests.get(1), "/workspace"))
                .toolSpecifications(TERMINAL)
                .build());

    assertThat(answer.aiMessage().text()).isEqualTo("Two files in /workspace.");
    RecordedRequest second = llm.requests().get(1);
    // Anthropic has no tool role: the results ride in one user message after the assistant's.
    assertThat(second.roles()).containsExactly("user", "assistant", "user");
    assertThat(second.toolCalls())
        .extracting(ToolCall::id, ToolCall::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("toolu_1_0", "terminal"),
            org.assertj.core.groups.Tuple.tuple("toolu_1_1", "terminal"));
    assertThat(RawClient.parse(second.toolCalls().get(1).arguments()).path("command").asText())
        .isEqualTo("pwd");
    assertThat(second.toolResults())
        .containsExactly(
            new ToolResult("toolu_1_0", "a.txt b.txt", false),
            new ToolResult("toolu_1_1", "/workspace", false));
    assertThat(second.lastUserText()).isEqualTo("Where am I and what is here?");
    assertThat(llm.remainingTurns()).isZero();
  }

  @Test
  void scriptedUsageIsSplitIntoInputAndCacheReads() {
    llm.enqueue(Turn.text("Cached.").withUsage(new Usage(1200, 34, 1000)));

    ChatResponse response = model().chat(ask("Again."));

    AnthropicTokenUsage usage = (AnthropicTokenUsage) response.tokenUsage();
    assertThat(usage.inputTokenCount()).isEqualTo(200);
    assertThat(usage.cacheReadInputTokens()).isEqualTo(1000);
    assertThat(usage.cacheCreationInputTokens()).isZero();
    assertThat(usage.outputTokenCount()).isEqualTo(34);
  }

  @Test
  void estimatedUsageCountsTheRequestBody() {
    llm.enqueue(Turn.text("abcd efgh")); // 9 characters: 3 tokens

    ChatResponse response = model().chat(ask("Count me."));

    int promptTokens = (llm.lastRequest().body().length() + 3) / 4;
    assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(promptTokens);
    assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(3);
  }

  @Test
  void truncatedReplyStopsAtMaxTokens() {
    llm.enqueue(Turn.truncated("It was the best of"));

    ChatResponse response = model().chat(ask("Tell a long story."));

    assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
  }

  @Test
  void rateLimitSurfacesAsRateLimitException() {
    llm.enqueue(Turn.rateLimited(Duration.ofSeconds(2)), Turn.text("never reached"));

    assertThatThrownBy(() -> model().chat(ask("Hi")))
        .isInstanceOf(RateLimitException.class)
        .hasMessageContaining("rate_limit_error");
    assertThat(llm.remainingTurns()).isEqualTo(1);
  }

  @Test
  void serverErrorsAndOverloadSurfaceAsInternalServerExceptions() {
    llm.enqueue(Turn.serverError(), Turn.overloaded());

    assertThatThrownBy(() -> model().chat(ask("Hi")))
        .isInstanceOf(InternalServerException.class)
        .hasMessageContaining("api_error");
    assertThatThrownBy(() -> model().chat(ask("Hi")))
        .isInstanceOf(InternalServerException.class)
        .hasMessageContaining("overloaded_error");
  }

  @Test
  void contextWindowExceededSurfacesAsAnInvalidRequestInAnthropicsWords() {
    llm.enqueue(Turn.contextWindowExceeded());

    assertThatThrownBy(() -> model().chat(ask("x")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("invalid_request_error")
        .hasMessageContaining("prompt is too long");
  }

  @Test
  void theApiKeyIsCheckedInXApiKeyWithoutConsumingATurn() {
    try (ScriptedLlmServer guarded = ScriptedLlmServer.builder().apiKey("sk-ant-right").start()) {
      guarded.enqueue(Turn.text("Welcome."));

      assertThatThrownBy(() -> model(guarded, "sk-ant-wrong").chat(ask("Hi")))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("authentication_error");
      assertThat(guarded.remainingTurns()).isEqualTo(1);

      assertThat(model(guarded, "sk-ant-right").chat(ask("Hi")).aiMessage().text())
          .isEqualTo("Welcome.");
      assertThat(guarded.requests())
          .extracting(r -> r.apiKey().orElseThrow())
          .containsExactly("sk-ant-wrong", "sk-ant-right");
    }
  }
}
