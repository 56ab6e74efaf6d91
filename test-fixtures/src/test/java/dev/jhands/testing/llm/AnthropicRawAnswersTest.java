package dev.jhands.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact bytes of the Messages API: the answer and error shapes and the request checks. */
class AnthropicRawAnswersTest {

  private final ScriptedLlmServer llm = ScriptedLlmServer.start();
  private final RawClient client = new RawClient(llm);

  @AfterEach
  void close() {
    llm.close();
  }

  private static ObjectNode body(String userText) {
    ObjectNode body = RawClient.JSON.createObjectNode();
    body.put("model", "claude-test");
    body.put("max_tokens", 256);
    body.putArray("messages").addObject().put("role", "user").put("content", userText);
    return body;
  }

  private HttpResponse<String> post(String path, JsonNode body) {
    return client.send(
        client
            .request(path)
            .header("anthropic-version", "2023-06-01")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  /** The {@code error} object, checking the envelope is exactly Anthropic's. */
  private static JsonNode error(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    JsonNode body = RawClient.parse(response.body());
    assertThat(fields(body)).containsExactly("type", "error");
    assertThat(body.path("type").asText()).isEqualTo("error");
    assertThat(fields(body.path("error"))).containsExactly("type", "message");
    return body.path("error");
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aReplyIsAMessageWithContentBlocksStopReasonAndUsage() {
    llm.enqueue(
        Turn.textAndToolCalls("Looking.", ToolCall.of("terminal", "{\"command\":\"ls\"}"))
            .withUsage(new Usage(50, 7, 20)));

    HttpResponse<String> response = post("/messages", body("Hi"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("request-id")).hasValue("req_scripted_1");
    JsonNode message = RawClient.parse(response.body());
    assertThat(message.path("type").asText()).isEqualTo("message");
    assertThat(message.path("role").asText()).isEqualTo("assistant");
    assertThat(message.path("model").asText()).isEqualTo("claude-test");
    assertThat(message.path("stop_reason").asText()).isEqualTo("tool_use");
    assertThat(message.get("stop_sequence").isNull()).isTrue();
    JsonNode content = message.path("content");
    assertThat(content.findValuesAsText("type")).containsExactly("text", "tool_use");
    assertThat(content.get(0).path("text").asText()).isEqualTo("Looking.");
    assertThat(content.get(1).path("id").asText()).isEqualTo("toolu_1_0");
    assertThat(content.get(1).path("input").path("command").asText()).isEqualTo("ls");
    JsonNode usage = message.path("usage");
    assertThat(usage.path("input_tokens").asInt()).isEqualTo(30);
    assertThat(usage.path("cache_read_input_tokens").asInt()).isEqualTo(20);
    assertThat(usage.path("output_tokens").asInt()).isEqualTo(7);
  }

  @Test
  void aStreamIsAnthropicsEventSequence() {
    llm.enqueue(
        Turn.textAndToolCalls("Two words", ToolCall.of("terminal", "{\"c\":\"ls\"}"))
            .withUsage(new Usage(50, 7, 20)));

    HttpResponse<String> response = post("/messages", body("Hi").put("stream", true));

    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("text/event-stream; charset=utf-8");
    List<String> events = new ArrayList<>();
    List<JsonNode> data = new ArrayList<>();
    for (String frame : response.body().split("\n\n")) {
      String[] lines = frame.split("\n");
      events.add(lines[0].substring("event: ".length()));
      data.add(RawClient.parse(lines[1].substring("data: ".length())));
    }
    assertThat(events)
        .containsExactly(
            "message_start",
            "ping",
            "content_block_start",
            "content_block_delta",
            "content_block_delta",
            "content_block_stop",
            "content_block_start",
            "content_block_delta",
            "content_block_delta",
            "content_block_stop",
            "message_delta",
            "message_stop");
    assertThat(data).extracting(d -> d.path("type").asText()).isEqualTo(events);
    assertThat(data.get(0).at("/message/usage/input_tokens").asInt()).isEqualTo(30);
    assertThat(data.get(0).at("/message/usage/cache_read_input_tokens").asInt()).isEqualTo(20);
    assertThat(data.get(3).at("/delta/text").asText() + data.get(4).at("/delta/text").asText())
        .isEqualTo("Two words");
    assertThat(data.get(6).at("/content_block/id").asText()).isEqualTo("toolu_1_0");
    assertThat(data.get(6).at("/index").asInt()).isEqualTo(1);
    assertThat(
            data.get(7).at("/delta/partial_json").asText()
                + data.get(8).at("/delta/partial_json").asText())
        .isEqualTo("{\"c\":\"ls\"}"); // 10 characters: two slices of at most 8
    assertThat(data.get(10).at("/delta/stop_reason").asText()).isEqualTo("tool_use");
    assertThat(data.get(10).at("/usage/output_tokens").asInt()).isEqualTo(7);
  }

  @Test
  void brokenArgumentsGoOutAsAStringInput() {
    llm.enqueue(Turn.toolCalls(ToolCall.of("terminal", "{not json")));

    JsonNode message = RawClient.parse(post("/messages", body("Hi")).body());

    assertThat(message.at("/content/0/input").asText()).isEqualTo("{not json");
  }

  @Test
  void failuresCarryAnthropicsErrorTypes() {
    llm.enqueue(
        Turn.rateLimited(Duration.ofSeconds(3)),
        Turn.serverError(),
        Turn.overloaded(),
        Turn.contextWindowExceeded(),
        Turn.error(403, null, "no access").withType("permission_error"));

    HttpResponse<String> limited = post("/messages", body("1"));
    assertThat(error(limited, 429).path("type").asText()).isEqualTo("rate_limit_error");
    assertThat(limited.headers().firstValue("retry-after")).hasValue("3");
    assertThat(error(post("/messages", body("2")), 500).path("type").asText())
        .isEqualTo("api_error");
    JsonNode overloaded = error(post("/messages", body("3")), 529);
    assertThat(overloaded.path("type").asText()).isEqualTo("overloaded_error");
    assertThat(overloaded.path("message").asText()).isEqualTo("Overloaded");
    JsonNode tooLong = error(post("/messages", body("4")), 400);
    assertThat(tooLong.path("type").asText()).isEqualTo("invalid_request_error");
    assertThat(tooLong.path("message").asText()).startsWith("prompt is too long:");
    assertThat(error(post("/messages", body("5")), 403).path("type").asText())
        .isEqualTo("permission_error");
  }

  @Test
  void anExhaustedScriptIsAnApiErrorSayingSo() {
    JsonNode error = error(post("/messages", body("Hi")), 500);

    assertThat(error.path("type").asText()).isEqualTo("api_error");
    assertThat(error.path("message").asText()).contains("script exhausted");
    assertThat(llm.requests()).hasSize(1);
  }

  @Test
  void badRequestsGet400InAnthropicsShapeAndConsumeNoTurn() {
    llm.enqueue(Turn.text("kept"));
    ObjectNode noMaxTokens = body("Hi");
    noMaxTokens.remove("max_tokens");

    JsonNode noVersion =
        error(
            client.send(
                client
                    .request("/messages")
                    .POST(HttpRequest.BodyPublishers.ofString(body("Hi").toString()))
                    .build()),
            400);
    JsonNode missing = error(post("/messages", noMaxTokens), 400);

    assertThat(noVersion.path("message").asText()).contains("anthropic-version");
    assertThat(missing.path("type").asText()).isEqualTo("invalid_request_error");
    assertThat(missing.path("message").asText()).isEqualTo("max_tokens: Field required");
    assertThat(llm.remainingTurns()).isEqualTo(1);
  }

  @Test
  void theKeyIsReadFromXApiKeyNotBearer() {
    try (ScriptedLlmServer guarded = ScriptedLlmServer.builder().apiKey("sk-ant").start()) {
      guarded.enqueue(Turn.text("in"));
      RawClient raw = new RawClient(guarded);
      String body = body("Hi").toString();

      JsonNode bearer =
          error(
              raw.send(
                  raw.request("/messages")
                      .header("anthropic-version", "2023-06-01")
                      .header("Authorization", "Bearer sk-ant")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build()),
              401);
      HttpResponse<String> right =
          raw.send(
              raw.request("/messages")
                  .header("anthropic-version", "2023-06-01")
                  .header("x-api-key", "sk-ant")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build());

      assertThat(bearer.path("type").asText()).isEqualTo("authentication_error");
      assertThat(bearer.path("message").asText()).contains("x-api-key");
      assertThat(right.statusCode()).isEqualTo(200);
    }
  }
}
