package dev.jhands.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** LangChain4j's streaming OpenAI client: SSE chunks must reassemble into the scripted turn. */
class OpenAiStreamingChatModelTest {

  private final ScriptedLlmServer llm = ScriptedLlmServer.start();

  @AfterEach
  void close() {
    llm.close();
  }

  /** What one streamed call delivered to its handler. */
  private record Streamed(
      List<String> partials, List<CompleteToolCall> toolCalls, ChatResponse response) {}

  private Streamed stream(ChatRequest request) throws Exception {
    OpenAiStreamingChatModel model =
        OpenAiStreamingChatModel.builder()
            .baseUrl(llm.baseUrl())
            .apiKey("sk-test")
            .modelName("gpt-4o-mini")
            .timeout(Duration.ofSeconds(10))
            .build();
    List<String> partials = new CopyOnWriteArrayList<>();
    List<CompleteToolCall> toolCalls = new CopyOnWriteArrayList<>();
    CompletableFuture<ChatResponse> done = new CompletableFuture<>();
    model.chat(
        request,
        new StreamingChatResponseHandler() {
          @Override
          public void onPartialResponse(String partialResponse) {
            partials.add(partialResponse);
          }

          @Override
          public void onCompleteToolCall(CompleteToolCall completeToolCall) {
            toolCalls.add(completeToolCall);
          }

          @Override
          public void onCompleteResponse(ChatResponse completeResponse) {
            done.complete(completeResponse);
          }

          @Override
          public void onError(Throwable error) {
            done.completeExceptionally(error);
          }
        });
    ChatResponse response = done.get(10, TimeUnit.SECONDS);
    return new Streamed(List.copyOf(partials), List.copyOf(toolCalls), response);
  }

  private static ChatRequest ask(String text) {
    return ChatRequest.builder().messages(UserMessage.from(text)).build();
  }

  @Test
  void streamedTextArrivesInPiecesAndAssemblesToTheScriptedText() throws Exception {
    String text = "Streaming works across several words,\nand lines too.";
    llm.enqueue(Turn.text(text));

    Streamed streamed = stream(ask("Stream please."));

    assertThat(streamed.partials()).hasSizeGreaterThan(3);
    assertThat(String.join("", streamed.partials())).isEqualTo(text);
    assertThat(streamed.response().aiMessage().text()).isEqualTo(text);
    assertThat(streamed.response().finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(streamed.response().id()).isEqualTo("chatcmpl-scripted-1");
    assertThat(streamed.response().modelName()).isEqualTo("gpt-4o-mini");
  }

  @Test
  void streamedParallelToolCallsAssembleFromTheirDeltas() throws Exception {
    llm.enqueue(
        Turn.toolCalls(
            ToolCall.of("terminal", "{\"command\":\"grep -rn TODO src/ | head -n 20\"}"),
            ToolCall.of("file_editor", "{\"command\":\"view\",\"path\":\"/workspace/pom.xml\"}")
                .withId("call_pom")));

    Streamed streamed =
        stream(
            ChatRequest.builder()
                .messages(UserMessage.from("Find the TODOs."))
                .toolSpecifications(OpenAiChatModelTest.TERMINAL, OpenAiChatModelTest.FILE_EDITOR)
                .build());

    List<ToolExecutionRequest> calls = streamed.response().aiMessage().toolExecutionRequests();
    assertThat(calls).extracting(ToolExecutionRequest::id).containsExactly("call_1_0", "call_pom");
    assertThat(calls)
        .extracting(ToolExecutionRequest::name)
        .containsExactly("terminal", "file_editor");
    assertThat(calls)
        .extracting(ToolExecutionRequest::arguments)
        .containsExactly(
            "{\"command\":\"grep -rn TODO src/ | head -n 20\"}",
            "{\"command\":\"view\",\"path\":\"/workspace/pom.xml\"}");
    assertThat(streamed.toolCalls()).extracting(CompleteToolCall::index).containsExactly(0, 1);
    assertThat(streamed.response().finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
    assertThat(streamed.partials()).isEmpty();
  }

  @Test
  void streamingClientAsksForUsageAndGetsTheScriptedFigures() throws Exception {
    llm.enqueue(Turn.text("Short.").withUsage(50, 7));

    Streamed streamed = stream(ask("Usage?"));

    assertThat(llm.lastRequest().stream()).isTrue();
    assertThat(llm.lastRequest().includeUsage()).isTrue();
    assertThat(streamed.response().tokenUsage().inputTokenCount()).isEqualTo(50);
    assertThat(streamed.response().tokenUsage().outputTokenCount()).isEqualTo(7);
    assertThat(streamed.response().tokenUsage().totalTokenCount()).isEqualTo(57);
  }

  @Test
  void streamedUsageIsEstimatedWhenNotScripted() throws Exception {
    llm.enqueue(Turn.text("12345678")); // 8 characters: 2 tokens

    Streamed streamed = stream(ask("Estimate."));

    assertThat(streamed.response().tokenUsage().inputTokenCount())
        .isEqualTo((llm.lastRequest().body().length() + 3) / 4);
    assertThat(streamed.response().tokenUsage().outputTokenCount()).isEqualTo(2);
  }

  @Test
  void errorsOnAStreamingRequestReachTheHandlerMapped() {
    llm.enqueue(Turn.rateLimited(), Turn.contextWindowExceeded());

    assertThatThrownBy(() -> stream(ask("Hi")))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(RateLimitException.class)
        .hasMessageContaining("rate_limit_exceeded");
    assertThatThrownBy(() -> stream(ask("Hi")))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("context_length_exceeded");
  }

  @Test
  void oneScriptServesStreamingAndBlockingRequestsInOrder() throws Exception {
    llm.enqueue(Turn.text("first, blocking"), Turn.text("second, streamed"));

    String first = OpenAiChatModelTest.model(llm, "sk-test").chat(ask("1")).aiMessage().text();
    String second = stream(ask("2")).response().aiMessage().text();

    assertThat(first).isEqualTo("first, blocking");
    assertThat(second).isEqualTo("second, streamed");
    assertThat(llm.requests()).extracting(RecordedRequest::stream).containsExactly(false, true);
  }
}
