package dev.jhands.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * LangChain4j's blocking OpenAI client against the server: the protocol as a real client reads it.
 */
class OpenAiChatModelTest {

  static final ToolSpecification TERMINAL =
      ToolSpecification.builder()
          .name("terminal")
          .description("Runs a shell command.")
          .parameters(
              JsonObjectSchema.builder()
                  .addStringProperty("command", "The command line.")
                  .required("command")
                  .build())
          .build();

  static final ToolSpecification FILE_EDITOR =
      ToolSpecification.builder()
          .name("file_editor")
          .description("Views and edits files.")
          .parameters(
              JsonObjectSchema.builder()
                  .addStringProperty("command")
                  .addStringProperty("path")
                  .required("command", "path")
                  .build())
          .build();

  private final ScriptedLlmServer llm = ScriptedLlmServer.start();

  @AfterEach
  void close() {
    llm.close();
  }

  private OpenAiChatModel model() {
    return model(llm, "sk-test");
  }

  static OpenAiChatModel model(ScriptedLlmServer server, String apiKey) {
    return OpenAiChatModel.builder()
        .baseUrl(server.baseUrl())
        .apiKey(apiKey)
        .modelName("gpt-4o-mini")
        .maxRetries(0)
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  private static ChatRequest ask(String text) {
    return ChatRequest.builder().messages(UserMessage.from(text)).build();
  }

  @Test
  void textReplyArrivesWithItsIdModelAndFinishReason() {
    llm.enqueue(Turn.text("Hello from the script."));

    ChatResponse response = model().chat(ask("Hi"));

    assertThat(response.aiMessage().text()).isEqualTo("Hello from the script.");
    assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
    assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(response.id()).isEqualTo("chatcmpl-scripted-1");
    assertThat(response.modelName()).isEqualTo("gpt-4o-mini");
  }

  @Test
  void parallelToolCallsArriveWithIdsNamesAndParsedArguments() throws Exception {
    llm.enqueue(
        Turn.toolCalls(
            ToolCall.of("terminal", "{\"command\":\"ls -la\"}"),
            ToolCall.of("file_editor", Map.of("command", "view", "path", "/workspace/README.md"))
                .withId("call_view")));

    ChatResponse response =
        model()
            .chat(
                ChatRequest.builder()
                    .messages(UserMessage.from("Look around."))
                    .toolSpecifications(TERMINAL, FILE_EDITOR)
                    .build());

    assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
    List<ToolExecutionRequest> calls = response.aiMessage().toolExecutionRequests();
    assertThat(calls).extracting(ToolExecutionRequest::id).containsExactly("call_1_0", "call_view");
    assertThat(calls)
        .extracting(ToolExecutionRequest::name)
        .containsExactly("terminal", "file_editor");
    assertThat(RawClient.parse(calls.get(0).arguments()).path("command").asText())
        .isEqualTo("ls -la");
    JsonNode view = RawClient.parse(calls.get(1).arguments());
    assertThat(view.path("command").asText()).isEqualTo("view");
    assertThat(view.path("path").asText()).isEqualTo("/workspace/README.md");
  }

  @Test
  void toolResultsGoBackAsTheNextRequestAndAreRecorded() {
    llm.enqueue(
        Turn.toolCalls(
            ToolCall.of("terminal", "{\"command\":\"ls\"}"),
            ToolCall.of("terminal", "{\"command\":\"pwd\"}")),
        Turn.text("Two files in /workspace."));
    OpenAiChatModel model = model();
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
    assertThat(second.roles()).containsExactly("user", "assistant", "tool", "tool");
    JsonNode assistant = second.messages().get(1);
    assertThat(assistant.path("tool_calls").findValuesAsText("id"))
        .containsExactly("call_1_0", "call_1_1");
    assertThat(second.messages().get(2).path("tool_call_id").asText()).isEqualTo("call_1_0");
    assertThat(second.messages().get(3).path("content").asText()).isEqualTo("/workspace");
    // The protocol-neutral views read the same history.
    assertThat(second.toolCalls()).extracting(ToolCall::id).containsExactly("call_1_0", "call_1_1");
    assertThat(second.toolResults())
        .containsExactly(
            new ToolResult("call_1_0", "a.txt b.txt", false),
            new ToolResult("call_1_1", "/workspace", false));
    assertThat(second.systemText()).isNull();
    assertThat(second.api()).isEqualTo(RecordedRequest.Api.CHAT_COMPLETIONS);
    assertThat(llm.remainingTurns()).isZero();
  }

  @Test
  void estimatedUsageIsReportedAsTheResponsesTokenUsage() {
    llm.enqueue(Turn.text("abcd efgh")); // 9 characters: 3 tokens

    ChatResponse response = model().chat(ask("Count me."));

    int promptTokens = (llm.lastRequest().body().length() + 3) / 4;
    assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(promptTokens);
    assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(3);
    assertThat(response.tokenUsage().totalTokenCount()).isEqualTo(promptTokens + 3);
  }

  @Test
  void scriptedUsageIncludingCachedTokensIsReportedExactly() {
    llm.enqueue(Turn.text("Cached.").withUsage(new Usage(1200, 34, 1000)));

    ChatResponse response = model().chat(ask("Again."));

    OpenAiTokenUsage usage = (OpenAiTokenUsage) response.tokenUsage();
    assertThat(usage.inputTokenCount()).isEqualTo(1200);
    assertThat(usage.outputTokenCount()).isEqualTo(34);
    assertThat(usage.totalTokenCount()).isEqualTo(1234);
    assertThat(usage.inputTokensDetails().cachedTokens()).isEqualTo(1000);
  }

  @Test
  void truncatedReplyFinishesWithLength() {
    llm.enqueue(Turn.truncated("It was the best of"));

    ChatResponse response = model().chat(ask("Tell a long story."));

    assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
    assertThat(response.aiMessage().text()).isEqualTo("It was the best of");
  }

  @Test
  void rateLimitSurfacesAsRateLimitExceptionWithoutRetries() {
    llm.enqueue(Turn.rateLimited(Duration.ofSeconds(2)), Turn.text("never reached"));

    assertThatThrownBy(() -> model().chat(ask("Hi")))
        .isInstanceOf(RateLimitException.class)
        .hasMessageContaining("rate_limit_exceeded");
    assertThat(llm.requests()).hasSize(1);
    assertThat(llm.remainingTurns()).isEqualTo(1);
  }

  @Test
  void serverErrorsSurfaceAsInternalServerExceptions() {
    llm.enqueue(Turn.serverError(), Turn.serviceUnavailable());

    assertThatThrownBy(() -> model().chat(ask("Hi")))
        .isInstanceOf(InternalServerException.class)
        .hasMessageContaining("server_error");
    assertThatThrownBy(() -> model().chat(ask("Hi")))
        .isInstanceOf(InternalServerException.class)
        .hasMessageContaining("overloaded");
  }

  @Test
  void contextWindowExceededSurfacesAsAnInvalidRequestNamingTheCode() {
    llm.enqueue(Turn.contextWindowExceeded());

    assertThatThrownBy(
            () ->
                model()
                    .chat(
                        ChatRequest.builder()
                            .messages(SystemMessage.from("You are terse."), UserMessage.from("x"))
                            .build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("context_length_exceeded")
        .hasMessageContaining("maximum context length");
  }

  @Test
  void aWrongApiKeyIsRejectedWithoutConsumingATurn() {
    try (ScriptedLlmServer guarded = ScriptedLlmServer.builder().apiKey("sk-right").start()) {
      guarded.enqueue(Turn.text("Welcome."));

      assertThatThrownBy(() -> model(guarded, "sk-wrong").chat(ask("Hi")))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("invalid_api_key");
      assertThat(guarded.remainingTurns()).isEqualTo(1);

      assertThat(model(guarded, "sk-right").chat(ask("Hi")).aiMessage().text())
          .isEqualTo("Welcome.");
      assertThat(guarded.requests())
          .extracting(r -> r.bearerToken().orElseThrow())
          .containsExactly("sk-wrong", "sk-right");
    }
  }
}
