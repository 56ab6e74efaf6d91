package dev.jhands.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact SSE bytes of a streamed answer, read with a plain HTTP client. */
class SseFramingTest {

  private final ScriptedLlmServer llm = ScriptedLlmServer.start();
  private final RawClient client = new RawClient(llm);

  @AfterEach
  void close() {
    llm.close();
  }

  /** The payloads of the {@code data:} events, checking each event is one {@code data: } line. */
  private static List<String> events(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/event-stream");
    assertThat(response.body()).endsWith("data: [DONE]\n\n");
    List<String> payloads = new ArrayList<>();
    for (String event : response.body().split("\n\n")) {
      assertThat(event).startsWith("data: ").doesNotContain("\n");
      payloads.add(event.substring("data: ".length()));
    }
    return payloads;
  }

  private static List<JsonNode> chunks(List<String> payloads) {
    assertThat(payloads.get(payloads.size() - 1)).isEqualTo("[DONE]");
    return payloads.subList(0, payloads.size() - 1).stream().map(RawClient::parse).toList();
  }

  @Test
  void textStreamOpensWithTheRoleSendsPiecesThenFinishUsageAndDone() {
    llm.enqueue(Turn.text("Hello wide world").withUsage(11, 4));

    List<JsonNode> chunks = chunks(events(client.post(RawClient.streamBody("Hi", true))));

    assertThat(chunks)
        .allSatisfy(
            chunk -> {
              assertThat(chunk.path("id").asText()).isEqualTo("chatcmpl-scripted-1");
              assertThat(chunk.path("object").asText()).isEqualTo("chat.completion.chunk");
              assertThat(chunk.path("model").asText()).isEqualTo("gpt-test");
              assertThat(chunk.path("created").isIntegralNumber()).isTrue();
            });
    assertThat(chunks.stream().map(c -> c.path("created").asLong()).distinct()).hasSize(1);

    JsonNode first = chunks.get(0).path("choices").get(0);
    assertThat(first.path("index").asInt()).isZero();
    assertThat(first.path("delta").path("role").asText()).isEqualTo("assistant");
    assertThat(first.path("delta").path("content").asText()).isEmpty();
    assertThat(first.path("finish_reason").isNull()).isTrue();

    List<JsonNode> pieces = chunks.subList(1, chunks.size() - 2);
    assertThat(pieces)
        .extracting(c -> c.path("choices").get(0).path("delta").path("content").asText())
        .containsExactly("Hello ", "wide ", "world");
    assertThat(pieces)
        .allSatisfy(c -> assertThat(c.path("choices").get(0).path("delta").has("role")).isFalse());

    JsonNode finish = chunks.get(chunks.size() - 2);
    assertThat(finish.path("choices").get(0).path("delta").size()).isZero();
    assertThat(finish.path("choices").get(0).path("finish_reason").asText()).isEqualTo("stop");
    assertThat(chunks.subList(0, chunks.size() - 1))
        .allSatisfy(c -> assertThat(c.get("usage").isNull()).isTrue());

    JsonNode usage = chunks.get(chunks.size() - 1);
    assertThat(usage.path("choices").isArray()).isTrue();
    assertThat(usage.path("choices").size()).isZero();
    assertThat(usage.path("usage").path("prompt_tokens").asInt()).isEqualTo(11);
    assertThat(usage.path("usage").path("completion_tokens").asInt()).isEqualTo(4);
    assertThat(usage.path("usage").path("total_tokens").asInt()).isEqualTo(15);
  }

  @Test
  void withoutIncludeUsageThereIsNoUsageChunkNorUsageField() {
    llm.enqueue(Turn.text("Plain."));

    List<JsonNode> chunks = chunks(events(client.post(RawClient.streamBody("Hi", false))));

    assertThat(chunks).allSatisfy(c -> assertThat(c.has("usage")).isFalse());
    assertThat(chunks).allSatisfy(c -> assertThat(c.path("choices").size()).isEqualTo(1));
    assertThat(chunks.get(chunks.size() - 1).path("choices").get(0).path("finish_reason").asText())
        .isEqualTo("stop");
  }

  @Test
  void toolCallDeltasCarryIndexIdAndNameFirstThenArgumentSlices() {
    String lsArgs = "{\"command\":\"ls -la /workspace\"}";
    String catArgs = "{\"command\":\"cat README.md\"}";
    llm.enqueue(Turn.toolCalls(ToolCall.of("terminal", lsArgs), ToolCall.of("terminal", catArgs)));

    List<JsonNode> chunks = chunks(events(client.post(RawClient.streamBody("Hi", true))));

    JsonNode opening = chunks.get(0).path("choices").get(0).path("delta");
    assertThat(opening.path("role").asText()).isEqualTo("assistant");
    assertThat(opening.get("content").isNull()).isTrue();

    List<JsonNode> deltas =
        chunks.stream()
            .flatMap(c -> stream(c.path("choices")))
            .flatMap(choice -> stream(choice.path("delta").path("tool_calls")))
            .toList();
    StringBuilder[] arguments = {new StringBuilder(), new StringBuilder()};
    int[] seen = {0, 0};
    for (JsonNode delta : deltas) {
      int index = delta.path("index").asInt(-1);
      assertThat(index).isBetween(0, 1);
      if (seen[index]++ == 0) {
        assertThat(delta.path("id").asText()).isEqualTo("call_1_" + index);
        assertThat(delta.path("type").asText()).isEqualTo("function");
        assertThat(delta.path("function").path("name").asText()).isEqualTo("terminal");
        assertThat(delta.path("function").path("arguments").asText()).isEmpty();
      } else {
        assertThat(delta.has("id")).isFalse();
        assertThat(delta.path("function").has("name")).isFalse();
        assertThat(delta.path("function").path("arguments").asText()).hasSizeLessThanOrEqualTo(8);
      }
      arguments[index].append(delta.path("function").path("arguments").asText());
    }
    assertThat(seen[0]).isGreaterThan(2);
    assertThat(arguments[0].toString()).isEqualTo(lsArgs);
    assertThat(arguments[1].toString()).isEqualTo(catArgs);
    // All of call 0's deltas come before call 1's, as models emit them.
    assertThat(deltas.stream().map(d -> d.path("index").asInt()).toList()).isSorted();

    JsonNode finish = chunks.get(chunks.size() - 2).path("choices").get(0);
    assertThat(finish.path("finish_reason").asText()).isEqualTo("tool_calls");
  }

  @Test
  void framesAreFlushedAsTheyAreWrittenNotAtTheEnd() throws Exception {
    llm.enqueue(Turn.text("one two three four").withChunkDelay(Duration.ofMillis(150)));
    HttpRequest request =
        client
            .request("/chat/completions")
            .POST(HttpRequest.BodyPublishers.ofString(RawClient.streamBody("Hi", false).toString()))
            .build();
    long start = System.nanoTime();

    HttpResponse<Stream<String>> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    List<Long> arrivals = new ArrayList<>();
    try (Stream<String> lines = response.body()) {
      lines
          .filter(line -> line.startsWith("data: "))
          .forEach(line -> arrivals.add((System.nanoTime() - start) / 1_000_000));
    }

    // 7 frames (role, 4 pieces, finish, [DONE]) with 150 ms between each: 900 ms in all.
    assertThat(arrivals).hasSize(7);
    assertThat(arrivals.get(arrivals.size() - 1) - arrivals.get(0)).isGreaterThanOrEqualTo(800);
  }

  @Test
  void truncatedStreamFinishesWithLength() {
    llm.enqueue(Turn.truncated("Once upon"));

    List<JsonNode> chunks = chunks(events(client.post(RawClient.streamBody("Hi", false))));

    assertThat(chunks.get(chunks.size() - 1).path("choices").get(0).path("finish_reason").asText())
        .isEqualTo("length");
  }

  @Test
  void nonStreamingAnswerIsAChatCompletionObject() {
    llm.enqueue(
        Turn.textAndToolCalls("Let me check.", ToolCall.of("terminal", "{\"command\":\"ls\"}"))
            .withUsage(20, 5));

    HttpResponse<String> response = client.post(RawClient.chatBody("Hi"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = RawClient.parse(response.body());
    assertThat(body.path("id").asText()).isEqualTo("chatcmpl-scripted-1");
    assertThat(body.path("object").asText()).isEqualTo("chat.completion");
    assertThat(body.path("model").asText()).isEqualTo("gpt-test");
    assertThat(body.path("created").asLong()).isPositive();
    JsonNode choice = body.path("choices").get(0);
    assertThat(choice.path("index").asInt()).isZero();
    assertThat(choice.path("finish_reason").asText()).isEqualTo("tool_calls");
    JsonNode message = choice.path("message");
    assertThat(message.path("role").asText()).isEqualTo("assistant");
    assertThat(message.path("content").asText()).isEqualTo("Let me check.");
    JsonNode call = message.path("tool_calls").get(0);
    assertThat(call.path("id").asText()).isEqualTo("call_1_0");
    assertThat(call.path("type").asText()).isEqualTo("function");
    assertThat(call.path("function").path("name").asText()).isEqualTo("terminal");
    assertThat(call.path("function").path("arguments").isTextual()).isTrue();
    assertThat(call.path("function").path("arguments").asText()).isEqualTo("{\"command\":\"ls\"}");
    assertThat(body.path("usage").path("prompt_tokens").asInt()).isEqualTo(20);
    assertThat(body.path("usage").path("completion_tokens").asInt()).isEqualTo(5);
    assertThat(body.path("usage").path("total_tokens").asInt()).isEqualTo(25);
  }

  @Test
  void toolCallOnlyAnswerHasNullContentAndTextAnswerHasNoToolCalls() {
    llm.enqueue(Turn.toolCalls(ToolCall.of("think", "{}")), Turn.text("ok"));

    JsonNode calls = RawClient.parse(client.post(RawClient.chatBody("1")).body());
    JsonNode text = RawClient.parse(client.post(RawClient.chatBody("2")).body());

    assertThat(calls.path("choices").get(0).path("message").get("content").isNull()).isTrue();
    assertThat(text.path("choices").get(0).path("message").has("tool_calls")).isFalse();
    assertThat(text.path("id").asText()).isEqualTo("chatcmpl-scripted-2");
  }

  @Test
  void textSplittingAndSlicingKeepEveryCharacter() {
    assertThat(OpenAiWire.words("  two  spaces\nnew line "))
        .containsExactly("  ", "two  ", "spaces\n", "new ", "line ");
    String emoji = "a😀b😀c😀d😀e";
    List<String> slices = OpenAiWire.slices(emoji, 2);
    assertThat(String.join("", slices)).isEqualTo(emoji);
    assertThat(slices)
        .allSatisfy(s -> assertThat(s.codePointCount(0, s.length())).isLessThanOrEqualTo(2));
    assertThat(OpenAiWire.slices("", 8)).isEmpty();
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }
}
