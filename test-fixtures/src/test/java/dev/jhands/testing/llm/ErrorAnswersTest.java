package dev.jhands.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Error answers in OpenAI's shape, and what happens off the script. */
class ErrorAnswersTest {

  private final ScriptedLlmServer llm = ScriptedLlmServer.start();
  private final RawClient client = new RawClient(llm);

  @AfterEach
  void close() {
    llm.close();
  }

  /** The {@code error} object, checking it has exactly OpenAI's four fields. */
  private static JsonNode error(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = RawClient.parse(response.body());
    assertThat(body.size()).isEqualTo(1);
    JsonNode error = body.path("error");
    assertThat(toList(error.fieldNames())).containsExactly("message", "type", "param", "code");
    return error;
  }

  private static <T> List<T> toList(Iterator<T> iterator) {
    List<T> list = new ArrayList<>();
    iterator.forEachRemaining(list::add);
    return list;
  }

  @Test
  void rateLimitHasOpenAiShapeAndRetryAfterHeaders() {
    llm.enqueue(Turn.rateLimited(Duration.ofMillis(1500)));

    HttpResponse<String> response = client.post(RawClient.chatBody("Hi"));

    JsonNode error = error(response, 429);
    assertThat(error.path("code").asText()).isEqualTo("rate_limit_exceeded");
    assertThat(error.path("type").asText()).isEqualTo("requests");
    assertThat(error.get("param").isNull()).isTrue();
    assertThat(error.path("message").asText()).contains("Rate limit reached");
    assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
    assertThat(response.headers().firstValue("retry-after-ms")).hasValue("1500");
  }

  @Test
  void rateLimitWithoutRetryAfterSendsNoSuchHeader() {
    llm.enqueue(Turn.rateLimited());

    HttpResponse<String> response = client.post(RawClient.chatBody("Hi"));

    error(response, 429);
    assertThat(response.headers().firstValue("Retry-After")).isEmpty();
  }

  @Test
  void serverErrorsAreServerErrorTypedWithNullCode() {
    llm.enqueue(Turn.serverError(), Turn.serviceUnavailable());

    JsonNode internal = error(client.post(RawClient.chatBody("1")), 500);
    JsonNode unavailable = error(client.post(RawClient.chatBody("2")), 503);

    assertThat(internal.path("type").asText()).isEqualTo("server_error");
    assertThat(internal.get("code").isNull()).isTrue();
    assertThat(unavailable.path("type").asText()).isEqualTo("server_error");
    assertThat(unavailable.path("message").asText()).contains("overloaded");
  }

  @Test
  void contextWindowExceededIsA400NamingMessages() {
    llm.enqueue(Turn.contextWindowExceeded());

    JsonNode error = error(client.post(RawClient.chatBody("Hi")), 400);

    assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
    assertThat(error.path("code").asText()).isEqualTo("context_length_exceeded");
    assertThat(error.path("param").asText()).isEqualTo("messages");
    assertThat(error.path("message").asText()).contains("maximum context length");
  }

  @Test
  void anyStatusAndCodeCanBeScripted() {
    llm.enqueue(
        Turn.error(402, "insufficient_quota", "You exceeded your current quota.")
            .withType("insufficient_quota"));

    JsonNode error = error(client.post(RawClient.chatBody("Hi")), 402);

    assertThat(error.path("type").asText()).isEqualTo("insufficient_quota");
    assertThat(error.path("code").asText()).isEqualTo("insufficient_quota");
  }

  @Test
  void aStreamingRequestGetsTheErrorAsPlainJsonNotAStream() {
    llm.enqueue(Turn.rateLimited());

    HttpResponse<String> response = client.post(RawClient.streamBody("Hi", true));

    assertThat(error(response, 429).path("code").asText()).isEqualTo("rate_limit_exceeded");
  }

  @Test
  void anExhaustedScriptAnswers500LoudlyAndRecordsTheRequest() {
    llm.enqueue(Turn.text("only one"));
    client.post(RawClient.chatBody("1"));

    JsonNode error = error(client.post(RawClient.chatBody("2")), 500);

    assertThat(error.path("code").asText()).isEqualTo("script_exhausted");
    assertThat(error.path("message").asText())
        .contains("script exhausted")
        .contains("request #2")
        .contains("1 turn(s)");
    assertThat(llm.requests()).extracting(RecordedRequest::lastUserText).containsExactly("1", "2");
  }

  @Test
  void aFallbackAnswersOnceTheScriptRunsOut() {
    llm.enqueue(Turn.text("scripted")).whenExhausted(request -> Turn.text("fallback"));

    List<String> answers =
        List.of(1, 2, 3).stream()
            .map(i -> client.post(RawClient.chatBody("q" + i)).body())
            .map(body -> RawClient.parse(body).at("/choices/0/message/content").asText())
            .toList();

    assertThat(answers).containsExactly("scripted", "fallback", "fallback");
  }

  @Test
  void aFailingResponderBecomesA500NamingTheException() {
    llm.enqueue(
        request -> {
          throw new IllegalStateException("boom in responder");
        });

    JsonNode error = error(client.post(RawClient.chatBody("Hi")), 500);

    assertThat(error.path("code").asText()).isEqualTo("responder_failed");
    assertThat(error.path("message").asText()).contains("boom in responder");
  }

  @Test
  void malformedRequestsGet400AndConsumeNoTurn() {
    llm.enqueue(Turn.text("kept"));

    JsonNode notJson = error(client.post("/chat/completions", "{not json"), 400);
    JsonNode noModel = error(client.post("/chat/completions", "{\"messages\":[]}"), 400);
    JsonNode noMessages = error(client.post("/chat/completions", "{\"model\":\"m\"}"), 400);

    assertThat(notJson.path("type").asText()).isEqualTo("invalid_request_error");
    assertThat(noModel.path("param").asText()).isEqualTo("model");
    assertThat(noMessages.path("param").asText()).isEqualTo("messages");
    assertThat(llm.remainingTurns()).isEqualTo(1);
    assertThat(llm.requests()).hasSize(3);
    assertThat(llm.requests().get(0).json()).isNull();
    assertThat(llm.requests().get(0).body()).isEqualTo("{not json");
  }

  @Test
  void unknownPathsAndWrongMethodsAreRejected() {
    llm.enqueue(Turn.text("kept"));

    error(client.post("/completions", RawClient.chatBody("Hi").toString()), 404);
    error(client.get("/chat/completions"), 405);

    assertThat(llm.remainingTurns()).isEqualTo(1);
    assertThat(llm.allRequests()).hasSize(2);
    assertThat(llm.requests()).isEmpty();
  }

  @Test
  void theApiKeyCheckAnswers401UntilTheRightKeyIsSent() {
    try (ScriptedLlmServer guarded = ScriptedLlmServer.builder().apiKey("sk-right").start()) {
      guarded.enqueue(Turn.text("in"));
      RawClient raw = new RawClient(guarded);
      String body = RawClient.chatBody("Hi").toString();

      JsonNode missing = error(raw.post("/chat/completions", body), 401);
      JsonNode wrong =
          error(
              raw.send(
                  raw.request("/chat/completions")
                      .header("Authorization", "Bearer sk-wrong")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build()),
              401);
      HttpResponse<String> right =
          raw.send(
              raw.request("/chat/completions")
                  .header("Authorization", "Bearer sk-right")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build());

      assertThat(missing.path("code").asText()).isEqualTo("invalid_api_key");
      assertThat(missing.path("message").asText()).contains("didn't provide an API key");
      assertThat(wrong.path("message").asText()).contains("Incorrect API key");
      assertThat(right.statusCode()).isEqualTo(200);
      assertThat(guarded.requests()).hasSize(3);
    }
  }
}
