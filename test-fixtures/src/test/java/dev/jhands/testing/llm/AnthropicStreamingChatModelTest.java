package dev.jhands.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.anthropic.AnthropicTokenUsage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** LangChain4j's streaming Anthropic client: the event stream must reassemble into the turn. */
class AnthropicStreamingChatModelTest {

  private final ScriptedLlmServer llm = ScriptedLlmServer.start();

  @AfterEach
  void close() {
    llm.close();
  }

  private ChatResponse stream(ChatRequest request) throws Exception {
    AnthropicStreamingChatModel model =
        AnthropicStreamingChatModel.builder()
            .baseUrl(llm.baseUrl())
            .apiKey("sk-ant-test")
            .modelName("claude-test")
            .maxTokens(1024)
            .timeout(Duration.ofSeconds(10))
            .build();
    CompletableFuture<ChatResponse> done = new CompletableFuture<>();
    model.chat(
        request,
        new StreamingChatResponseHandler() {
          @Override
          public void onCompleteResponse(ChatResponse completeResponse) {
            done.complete(completeResponse);
          }

          @Override
          public void onError(Throwable error) {
            done.completeExceptionally(error);
          }
        });
    return done.get(10, TimeUnit.SECONDS);
  }

  @Test
  void streamedTextAssemblesWithItsUsage() throws Exception {
    String text = "Streaming works across several words,\nand lines too.";
    llm.enqueue(Turn.text(text).withUsage(new Usage(900, 12, 600)));

    ChatResponse streamed =
        stream(ChatRequest.builder().messages(UserMessage.from("Stream please.")).build());

    // The text is assembled from the text_delta events. LangChain4j 1.19's Anthropic stream was
    // seen not to call onPartialResponse in this setup (not diagnosed: its callback failures are
    // only logged), so the word-sized deltas themselves are checked in
    // AnthropicRawAnswersTest.aStreamIsAnthropicsEventSequence.
    assertThat(streamed.aiMessage().text()).isEqualTo(text);
    assertThat(streamed.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(streamed.id()).isEqualTo("msg_scripted_1");
    AnthropicTokenUsage usage = (AnthropicTokenUsage) streamed.tokenUsage();
    assertThat(usage.inputTokenCount()).isEqualTo(300);
    assertThat(usage.cacheReadInputTokens()).isEqualTo(600);
    assertThat(usage.outputTokenCount()).isEqualTo(12);
    assertThat(llm.lastRequest().stream()).isTrue();
  }

  @Test
  void streamedParallelToolCallsAssembleFromTheirJsonDeltas() throws Exception {
    llm.enqueue(
        Turn.textAndToolCalls(
            "Looking.",
            ToolCall.of("terminal", "{\"command\":\"grep -rn TODO src/ | head -n 20\"}"),
            ToolCall.of("file_editor", "{\"command\":\"view\",\"path\":\"/workspace/pom.xml\"}")
                .withId("toolu_pom")));

    ChatResponse streamed =
        stream(
            ChatRequest.builder()
                .messages(UserMessage.from("Find the TODOs."))
                .toolSpecifications(OpenAiChatModelTest.TERMINAL, OpenAiChatModelTest.FILE_EDITOR)
                .build());

    assertThat(streamed.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
    assertThat(streamed.aiMessage().text()).isEqualTo("Looking.");
    List<ToolExecutionRequest> calls = streamed.aiMessage().toolExecutionRequests();
    assertThat(calls)
        .extracting(ToolExecutionRequest::id)
        .containsExactly("toolu_1_0", "toolu_pom");
    assertThat(RawClient.parse(calls.get(0).arguments()).path("command").asText())
        .isEqualTo("grep -rn TODO src/ | head -n 20");
    assertThat(RawClient.parse(calls.get(1).arguments()).path("path").asText())
        .isEqualTo("/workspace/pom.xml");
  }

  @Test
  void aRateLimitBeforeTheStreamIsReportedAsAnError() {
    llm.enqueue(Turn.rateLimited());

    Assertions.assertThatThrownBy(
            () -> stream(ChatRequest.builder().messages(UserMessage.from("Hi")).build()))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(RateLimitException.class);
  }
}
