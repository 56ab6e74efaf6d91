package dev.jhands.agent.loop;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.agent.sandbox.TestSandbox;
import dev.jhands.events.json.Wire;
import dev.jhands.testing.llm.ScriptedLlmServer;
import dev.jhands.testing.llm.Turn;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One conversation of a scenario test: its own scripted LLM and workspace, the real agent server
 * over HTTP and the real action-execution server behind it.
 */
final class Scenario implements AutoCloseable {

  final ScriptedLlmServer llm;
  final Path workspace;
  String id;

  Scenario(Turn... script) {
    llm = ScriptedLlmServer.start();
    llm.enqueue(script);
    workspace = TestSandbox.newWorkspace("ws");
  }

  /** The LLM config the conversation gets: the scripted model, retries without waiting. */
  ObjectNode llmConfig(int retries) {
    ObjectNode llmJson = Wire.mapper().createObjectNode();
    llmJson.put("model", "openai/scripted-model");
    llmJson.put("base_url", llm.baseUrl());
    llmJson.put("api_key", "sk-scenario");
    llmJson.put("usage_id", "agent");
    llmJson.put("num_retries", retries);
    llmJson.put("retry_min_wait", 0);
    llmJson.put("retry_max_wait", 0);
    llmJson.put("retry_multiplier", 0.0);
    return llmJson;
  }

  /** A start request with the default tools; {@code extra} fields are merged in. */
  ObjectNode request(String extraJson) {
    ObjectNode agent = Wire.mapper().createObjectNode();
    agent.put("kind", "Agent");
    agent.set("llm", llmConfig(0));
    var tools = agent.putArray("tools");
    for (String tool : List.of("terminal", "file_editor", "task_tracker")) {
      tools.addObject().put("name", tool);
    }
    ObjectNode body = Wire.mapper().createObjectNode();
    body.set("agent", agent);
    body.putObject("workspace")
        .put("kind", "LocalWorkspace")
        .put("working_dir", workspace.toString());
    if (!extraJson.isBlank()) {
      try {
        body.setAll((ObjectNode) Wire.mapper().readTree("{" + extraJson + "}"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return body;
  }

  Scenario create(String extraJson) {
    return create(request(extraJson));
  }

  Scenario create(ObjectNode request) {
    id =
        given()
            .contentType(ContentType.JSON)
            .body(request.toString())
            .post("/api/conversations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return this;
  }

  void send(String text) {
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":"
                + Wire.mapper().valueToTree(text)
                + "}],\"run\":true}")
        .post("/api/conversations/{id}/events", id)
        .then()
        .statusCode(200);
  }

  String status() {
    return given().get("/api/conversations/{id}", id).then().extract().path("execution_status");
  }

  JsonNode info() {
    return json(given().get("/api/conversations/{id}", id).then().extract().asString());
  }

  void awaitStatus(String expected) {
    await().atMost(Duration.ofSeconds(60)).until(() -> expected.equals(status()));
  }

  /** Every stored event, oldest first. */
  List<JsonNode> events() {
    List<JsonNode> all = new ArrayList<>();
    String page = null;
    do {
      var spec = given().queryParam("limit", 100);
      if (page != null) {
        spec.queryParam("page_id", page);
      }
      JsonNode answer =
          json(spec.get("/api/conversations/{id}/events/search", id).then().extract().asString());
      answer.path("items").forEach(all::add);
      page = answer.path("next_page_id").isTextual() ? answer.path("next_page_id").asText() : null;
    } while (page != null);
    return all;
  }

  List<JsonNode> events(String kind) {
    return events().stream().filter(e -> e.path("kind").asText().equals(kind)).toList();
  }

  /** The kinds in order, without the state updates, which interleave with everything. */
  String kinds() {
    return events().stream()
        .map(e -> e.path("kind").asText())
        .filter(k -> !k.equals("ConversationStateUpdateEvent"))
        .collect(Collectors.joining(","));
  }

  static String text(JsonNode observationEvent) {
    return observationEvent.path("observation").path("content").get(0).path("text").asText();
  }

  static JsonNode json(String body) {
    try {
      return Wire.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    llm.close();
  }
}
