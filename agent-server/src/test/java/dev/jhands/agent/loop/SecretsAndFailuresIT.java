package dev.jhands.agent.loop;

import static dev.jhands.agent.loop.Scenario.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.jhands.testing.llm.ToolCall;
import dev.jhands.testing.llm.Turn;
import io.quarkus.test.junit.QuarkusTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secrets kept out of everything, LLM failures, condensation and titles. */
@QuarkusTest
class SecretsAndFailuresIT {

  private static final String TOKEN = "tok-3f9a77c1e2";
  private static final String LOOKED_UP = "lookup-8c21d0";

  @Test
  void secretsReachTheShellButNeverTheEventsOrTheModel() throws Exception {
    HttpServer vault = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    vault.createContext(
        "/secret",
        exchange -> {
          boolean authorised =
              "Bearer vault".equals(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body = (authorised ? LOOKED_UP : "denied").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(authorised ? 200 : 403, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    vault.start();
    String vaultUrl = "http://127.0.0.1:" + vault.getAddress().getPort() + "/secret";
    try (Scenario s =
        new Scenario(
            Turn.toolCalls(
                ToolCall.of(
                    "terminal",
                    Map.of("command", "echo $API_TOKEN $DB_PASSWORD | tee secrets.txt"))),
            Turn.text("I used them"))) {
      s.create(
              """
              "secrets": {"API_TOKEN": {"kind": "StaticSecret", "value": "%s"},
                          "DB_PASSWORD": {"kind": "LookupSecret", "url": "%s",
                                          "headers": {"Authorization": "Bearer vault"}}}
              """
                  .formatted(TOKEN, vaultUrl))
          .send("Use the secrets");
      s.awaitStatus("finished");

      // The command saw the real values...
      assertThat(Files.readString(s.workspace.resolve("secrets.txt")))
          .isEqualTo(TOKEN + " " + LOOKED_UP + "\n");
      // ...but what was recorded, sent to the model or served over REST has them masked.
      JsonNode observation = s.events("ObservationEvent").getFirst();
      assertThat(text(observation)).contains("<secret-hidden> <secret-hidden>");
      String everything =
          given().get("/api/conversations/{id}/events/search", s.id).then().extract().asString();
      assertThat(everything).doesNotContain(TOKEN).doesNotContain(LOOKED_UP);
      assertThat(s.llm.lastRequest().body()).doesNotContain(TOKEN).doesNotContain(LOOKED_UP);
      assertThat(s.info().toString()).doesNotContain(TOKEN);
    } finally {
      vault.stop(0);
    }
  }

  @Test
  void rateLimitsAndServerErrorsAreRetried() {
    try (Scenario s =
        new Scenario(Turn.rateLimited(), Turn.serverError(), Turn.text("third time lucky"))) {
      ObjectNode request = s.request("");
      ((ObjectNode) request.path("agent")).set("llm", s.llmConfig(2));
      s.create(request).send("Hi");
      s.awaitStatus("finished");
      assertThat(s.llm.requests()).hasSize(3);
      assertThat(s.events("ConversationErrorEvent")).isEmpty();
    }
  }

  @Test
  void anLlmThatKeepsFailingEndsTheRunInError() {
    try (Scenario s = new Scenario(Turn.serverError(), Turn.serverError())) {
      ObjectNode request = s.request("");
      ((ObjectNode) request.path("agent")).set("llm", s.llmConfig(1));
      s.create(request).send("Hi");
      s.awaitStatus("error");
      assertThat(s.llm.requests()).hasSize(2);
      JsonNode error = s.events("ConversationErrorEvent").getLast();
      assertThat(error.path("detail").asText()).startsWith("LLM call failed");
      assertThat(error.path("code").asText()).isNotBlank();

      // An error is not final: the next message runs again.
      s.llm.enqueue(Turn.text("back"));
      s.send("Again");
      s.awaitStatus("finished");
    }
  }

  @Test
  void aContextOverflowWithoutCondenserIsAnError() {
    try (Scenario s = new Scenario(Turn.contextWindowExceeded())) {
      s.create("").send("Hi");
      s.awaitStatus("error");
      assertThat(s.events("ConversationErrorEvent").getLast().path("code").asText())
          .isEqualTo("LLMContextWindowExceedError");
    }
  }

  @Test
  void theCondenserSummarisesWhenTheViewGrowsAndOnOverflow() {
    try (Scenario s =
        new Scenario(
            Turn.toolCalls(ToolCall.of("terminal", Map.of("command", "echo one"))),
            Turn.toolCalls(ToolCall.of("terminal", Map.of("command", "echo two"))),
            Turn.toolCalls(ToolCall.of("terminal", Map.of("command", "echo three"))),
            Turn.text("SUMMARY: echoed one, two and three."),
            Turn.contextWindowExceeded(),
            Turn.text("SUMMARY: even shorter."),
            Turn.text("finished after condensing"))) {
      ObjectNode request = s.request("\"stuck_detection\": false");
      ((ObjectNode) request.path("agent"))
          .putObject("condenser")
          .put("kind", "LLMSummarizingCondenser")
          .put("max_size", 6)
          .put("keep_first", 2)
          .set("llm", s.llmConfig(0).put("usage_id", "condenser"));
      s.create(request).send("Echo things");
      s.awaitStatus("finished");

      List<JsonNode> condensations = s.events("Condensation");
      assertThat(condensations).hasSize(2);
      assertThat(condensations.getFirst().path("summary").asText()).contains("one, two and three");
      assertThat(condensations.getFirst().path("forgotten_event_ids")).isNotEmpty();
      assertThat(s.events("CondensationRequest")).hasSize(1);
      // The last call sees the newest summary and not what was forgotten.
      String last = s.llm.lastRequest().body();
      assertThat(last).contains("even shorter").doesNotContain("echo one");
      assertThat(s.info().path("stats").path("usage_to_metrics").has("condenser")).isTrue();
    }
  }

  @Test
  void generateTitleAsksTheModelAndFallsBackToTheMessage() {
    try (Scenario s = new Scenario(Turn.text("\"Fix the flaky login test\""))) {
      s.create("");
      given()
          .contentType("application/json")
          .body(
              "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"The login test fails"
                  + " sometimes, please fix it\"}]}")
          .post("/api/conversations/{id}/events", s.id)
          .then()
          .statusCode(200);
      given()
          .contentType("application/json")
          .body("{\"max_length\": 50}")
          .post("/api/conversations/{id}/generate_title", s.id)
          .then()
          .statusCode(200)
          .body("title", org.hamcrest.Matchers.equalTo("Fix the flaky login test"));

      s.llm.enqueue(Turn.serverError());
      given()
          .contentType("application/json")
          .body("{\"max_length\": 20}")
          .post("/api/conversations/{id}/generate_title", s.id)
          .then()
          .statusCode(200)
          .body("title", org.hamcrest.Matchers.equalTo("The login test fa..."));
    }
  }
}
