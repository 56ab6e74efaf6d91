package dev.jhands.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the server records of each request, and how tests read it. */
class RequestRecordingTest {

  private final ScriptedLlmServer llm = ScriptedLlmServer.start();
  private final RawClient client = new RawClient(llm);

  @AfterEach
  void close() {
    llm.close();
  }

  @Test
  void recordsTheMessagesToolsAndHeadersAClientSent() {
    llm.enqueue(Turn.text("ok"));

    OpenAiChatModelTest.model(llm, "sk-recorded")
        .chat(
            ChatRequest.builder()
                .messages(
                    SystemMessage.from("You are a coding agent."),
                    UserMessage.from("Fix the build."))
                .toolSpecifications(OpenAiChatModelTest.TERMINAL, OpenAiChatModelTest.FILE_EDITOR)
                .build());

    RecordedRequest request = llm.lastRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.isChatCompletion()).isTrue();
    assertThat(request.sequence()).isEqualTo(1);
    assertThat(request.model()).isEqualTo("gpt-4o-mini");
    assertThat(request.stream()).isFalse();
    assertThat(request.bearerToken()).hasValue("sk-recorded");
    assertThat(request.header("content-type").orElseThrow()).contains("application/json");
    assertThat(request.roles()).containsExactly("system", "user");
    assertThat(request.lastUserText()).isEqualTo("Fix the build.");
    assertThat(RecordedRequest.contentText(request.messages().get(0)))
        .isEqualTo("You are a coding agent.");
    assertThat(request.toolNames()).containsExactly("terminal", "file_editor");
    JsonNode terminal = request.tools().get(0);
    assertThat(terminal.path("type").asText()).isEqualTo("function");
    assertThat(terminal.at("/function/parameters/properties/command/type").asText())
        .isEqualTo("string");
    assertThat(terminal.at("/function/parameters/required/0").asText()).isEqualTo("command");
    assertThat(request.body()).contains("\"Fix the build.\"");
  }

  @Test
  void lastUserTextReadsContentPartsToo() {
    llm.enqueue(Turn.text("ok"));
    ObjectNode body = RawClient.chatBody("first");
    ObjectNode parts = body.withArray("messages").addObject().put("role", "user");
    parts.putArray("content").addObject().put("type", "text").put("text", "look at");
    parts.withArray("content").addObject().put("type", "image_url");
    parts.withArray("content").addObject().put("type", "text").put("text", "this image");

    client.post(body);

    assertThat(llm.lastRequest().lastUserText()).isEqualTo("look at\nthis image");
    assertThat(llm.lastRequest().lastMessage().path("role").asText()).isEqualTo("user");
  }

  @Test
  void aRecordedRequestCannotBeAlteredThroughWhatItHandsOut() {
    llm.enqueue(Turn.text("ok"));
    client.post(RawClient.chatBody("original"));
    RecordedRequest request = llm.lastRequest();

    ((ObjectNode) request.json()).put("model", "changed");
    ((ObjectNode) request.messages().get(0)).put("content", "changed");

    assertThat(request.model()).isEqualTo("gpt-test");
    assertThat(request.lastUserText()).isEqualTo("original");
    assertThatThrownBy(() -> request.headers().put("x", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aResponderCanReactToTheRequest() {
    llm.enqueue(request -> Turn.text("You said: " + request.lastUserText()));

    HttpResponse<String> response = client.post(RawClient.chatBody("ping"));

    assertThat(RawClient.parse(response.body()).at("/choices/0/message/content").asText())
        .isEqualTo("You said: ping");
  }

  @Test
  void awaitRequestsWaitsForAnAsynchronousCaller() {
    llm.enqueue(Turn.text("late"));

    // The wait starts before anything is sent, so it must really wait for the other thread. Each
    // task gets its own thread: the common pool may have a single worker on a small machine.
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      CompletableFuture<List<RecordedRequest>> awaiting =
          CompletableFuture.supplyAsync(
              () -> llm.awaitRequests(1, Duration.ofSeconds(10)), threads);
      assertThat(awaiting).isNotDone();

      CompletableFuture<HttpResponse<String>> later =
          CompletableFuture.supplyAsync(
              () -> client.post(RawClient.chatBody("from another thread")), threads);

      List<RecordedRequest> requests = awaiting.join();
      assertThat(requests).hasSize(1);
      assertThat(requests.get(0).lastUserText()).isEqualTo("from another thread");
      assertThat(later.join().statusCode()).isEqualTo(200);
    }
  }

  @Test
  void awaitRequestsFailsWithWhatArrivedOnTimeout() {
    llm.enqueue(Turn.text("one"));
    client.post(RawClient.chatBody("one"));
    client.get("/models");

    assertThatThrownBy(() -> llm.awaitRequests(2, Duration.ofMillis(100)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected 2")
        .hasMessageContaining("got 1")
        .hasMessageContaining("GET /v1/models");
  }

  @Test
  void modelsAreListedAndTheListingIsNotAChatRequest() {
    try (ScriptedLlmServer named = ScriptedLlmServer.builder().models("gpt-4o", "qwen3").start()) {
      HttpResponse<String> response = new RawClient(named).get("/models");

      JsonNode body = RawClient.parse(response.body());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(body.path("object").asText()).isEqualTo("list");
      assertThat(body.path("data").findValuesAsText("id")).containsExactly("gpt-4o", "qwen3");
      assertThat(body.path("data").findValuesAsText("object")).containsOnly("model");
      assertThat(named.requests()).isEmpty();
      assertThat(named.allRequests())
          .extracting(RecordedRequest::path)
          .containsExactly("/v1/models");
    }
    assertThat(RawClient.parse(client.get("/models").body()).path("data").findValuesAsText("id"))
        .containsExactly(ScriptedLlmServer.DEFAULT_MODEL);
  }

  @Test
  void pathsWithoutTheV1PrefixAreServedToo() {
    llm.enqueue(Turn.text("bare"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + llm.port() + "/chat/completions"))
            .POST(HttpRequest.BodyPublishers.ofString(RawClient.chatBody("Hi").toString()))
            .build();

    HttpResponse<String> response = client.send(request);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(llm.lastRequest().path()).isEqualTo("/chat/completions");
  }
}
