package dev.jhands.agent.loop;

import static dev.jhands.agent.loop.Scenario.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpServer;
import dev.jhands.testing.llm.RecordedRequest;
import dev.jhands.testing.llm.ToolCall;
import dev.jhands.testing.llm.Turn;
import io.quarkus.test.junit.QuarkusTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agent loop end to end: scripted LLM, this server over HTTP, the real action server. */
@QuarkusTest
class AgentLoopIT {

  @Test
  void aTerminalCommandRunsInTheWorkspaceAndTheModelSeesItsOutput() throws Exception {
    try (Scenario s =
        new Scenario(
            Turn.textAndToolCalls(
                    "Let me write it.",
                    ToolCall.of(
                        "terminal",
                        Map.of("command", "echo hello > greeting.txt && cat greeting.txt")))
                .withUsage(120, 30),
            Turn.toolCalls(ToolCall.of("finish", Map.of("message", "Wrote greeting.txt"))))) {
      s.create("").send("Write a greeting");
      s.awaitStatus("finished");

      assertThat(Files.readString(s.workspace.resolve("greeting.txt"))).isEqualTo("hello\n");
      assertThat(s.kinds())
          .isEqualTo(
              "MessageEvent,SystemPromptEvent,ActionEvent,ObservationEvent,ActionEvent,"
                  + "ObservationEvent");
      JsonNode action = s.events("ActionEvent").getFirst();
      assertThat(action.path("tool_name").asText()).isEqualTo("terminal");
      assertThat(action.path("thought").get(0).path("text").asText()).isEqualTo("Let me write it.");
      assertThat(action.path("action").path("command").asText()).contains("greeting.txt");
      JsonNode observation = s.events("ObservationEvent").getFirst();
      assertThat(observation.path("action_id").asText()).isEqualTo(action.path("id").asText());
      assertThat(observation.path("observation").path("exit_code").asInt()).isZero();
      assertThat(text(observation)).contains("hello");

      // The second call carries the result as a tool message answering the first call.
      RecordedRequest second = s.llm.requests().get(1);
      assertThat(second.roles()).containsExactly("system", "user", "assistant", "tool");
      assertThat(Scenario.json(second.body()).path("messages").get(3).path("content").asText())
          .contains("hello");
      assertThat(second.toolNames())
          .contains("terminal", "file_editor", "task_tracker", "finish", "think");

      JsonNode prompt = s.events("SystemPromptEvent").getFirst();
      assertThat(prompt.path("tools").findValuesAsText("name")).contains("terminal", "finish");
      JsonNode properties =
          prompt.path("tools").get(0).path("function").path("parameters").path("properties");
      assertThat(properties.has("security_risk") && properties.has("command")).isTrue();

      JsonNode metrics = s.info().path("stats").path("usage_to_metrics").path("agent");
      assertThat(metrics.path("accumulated_token_usage").path("prompt_tokens").asInt())
          .isGreaterThanOrEqualTo(120);
      assertThat(metrics.path("token_usages")).hasSize(2);
    }
  }

  @Test
  void fileEditorCreatesViewsAndEditsFiles() throws Exception {
    try (Scenario s = new Scenario()) {
      String file = s.workspace.resolve("notes.md").toString();
      s.llm.enqueue(
          Turn.toolCalls(
              ToolCall.of(
                  "file_editor",
                  Map.of("command", "create", "path", file, "file_text", "one\ntwo\n"))),
          Turn.toolCalls(
              ToolCall.of(
                  "file_editor",
                  Map.of(
                      "command", "str_replace", "path", file, "old_str", "two", "new_str", "2"))),
          Turn.toolCalls(ToolCall.of("file_editor", Map.of("command", "view", "path", file))),
          Turn.text("Done editing."));
      s.create("").send("Edit notes");
      s.awaitStatus("finished");

      assertThat(Files.readString(s.workspace.resolve("notes.md"))).isEqualTo("one\n2\n");
      List<JsonNode> observations = s.events("ObservationEvent");
      assertThat(observations).hasSize(3);
      assertThat(observations.get(0).path("observation").path("kind").asText())
          .isEqualTo("FileEditorObservation");
      assertThat(observations.get(2).path("observation").path("is_error").asBoolean()).isFalse();
      assertThat(text(observations.get(2))).contains("1\tone").contains("2\t2");
      JsonNode last = s.events("MessageEvent").getLast();
      assertThat(last.path("source").asText()).isEqualTo("agent");
      assertThat(last.path("llm_message").path("content").get(0).path("text").asText())
          .isEqualTo("Done editing.");
    }
  }

  @Test
  void parallelToolCallsGoBackAsOneAssistantMessage() {
    try (Scenario s =
        new Scenario(
            Turn.textAndToolCalls(
                "Both at once.",
                ToolCall.of("terminal", Map.of("command", "echo first")),
                ToolCall.of("terminal", Map.of("command", "echo second"))),
            Turn.text("ok"))) {
      s.create("").send("Run two");
      s.awaitStatus("finished");

      List<JsonNode> actions = s.events("ActionEvent");
      assertThat(actions).hasSize(2);
      assertThat(actions.get(0).path("llm_response_id").asText())
          .isEqualTo(actions.get(1).path("llm_response_id").asText());
      assertThat(actions.get(0).path("thought")).hasSize(1);
      assertThat(actions.get(1).path("thought")).isEmpty();
      List<JsonNode> observations = s.events("ObservationEvent");
      assertThat(text(observations.get(0))).contains("first");
      assertThat(text(observations.get(1))).contains("second");

      RecordedRequest second = s.llm.requests().get(1);
      assertThat(second.roles()).containsExactly("system", "user", "assistant", "tool", "tool");
      assertThat(second.messages().get(2).path("tool_calls")).hasSize(2);
    }
  }

  @Test
  void unknownToolsAndBadArgumentsBecomeErrorsTheModelReads() {
    try (Scenario s =
        new Scenario(
            Turn.toolCalls(
                ToolCall.of("teleport", Map.of("where", "mars")),
                ToolCall.of("terminal", Map.of("timeout", 5)),
                ToolCall.of("terminal", "{not json")),
            Turn.text("I will stop."))) {
      s.create("").send("Go");
      s.awaitStatus("finished");

      List<JsonNode> actions = s.events("ActionEvent");
      assertThat(actions).hasSize(3).allMatch(a -> a.path("action").isNull());
      List<JsonNode> errors = s.events("AgentErrorEvent");
      assertThat(errors).hasSize(3);
      assertThat(errors.get(0).path("error").asText()).contains("teleport").contains("not found");
      assertThat(errors.get(1).path("error").asText()).contains("command");
      assertThat(errors.get(2).path("error").asText()).contains("JSON");
      assertThat(errors.get(0).path("tool_call_id").asText())
          .isEqualTo(actions.get(0).path("tool_call_id").asText());

      RecordedRequest second = s.llm.requests().get(1);
      assertThat(second.roles())
          .containsExactly("system", "user", "assistant", "tool", "tool", "tool");
      assertThat(RecordedRequest.contentText(second.messages().get(3))).contains("teleport");
    }
  }

  @Test
  void theTaskTrackerKeepsThePlanAndThinkIsLogged() {
    try (Scenario s =
        new Scenario(
            Turn.toolCalls(
                ToolCall.of(
                    "task_tracker",
                    Map.of(
                        "command",
                        "plan",
                        "task_list",
                        List.of(
                            Map.of("title", "Read the code", "status", "done"),
                            Map.of("title", "Fix the bug", "status", "in_progress"))))),
            Turn.toolCalls(ToolCall.of("think", Map.of("thought", "The bug is in the parser."))),
            Turn.toolCalls(ToolCall.of("task_tracker", Map.of("command", "view"))),
            Turn.text("Planned."))) {
      s.create("").send("Plan it");
      s.awaitStatus("finished");

      List<JsonNode> observations = s.events("ObservationEvent");
      assertThat(observations.get(0).path("observation").path("task_list")).hasSize(2);
      assertThat(text(observations.get(1))).contains("logged");
      assertThat(text(observations.get(2))).contains("[x] Read the code").contains("Fix the bug");
    }
  }

  @Test
  void theBrowserToolsOpenAndReadAPage() throws Exception {
    HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    site.createContext(
        "/",
        exchange -> {
          byte[] page =
              """
              <html><head><title>Release notes</title></head>
              <body><h1>Release 4.2</h1><p>Faster agents.</p><a href="/older">Older releases</a>
              </body></html>
              """
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    site.start();
    String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/";
    try (Scenario s =
        new Scenario(
            Turn.toolCalls(ToolCall.of("browser_navigate", Map.of("url", url))),
            Turn.toolCalls(ToolCall.of("browser_get_content", Map.of())),
            Turn.text("Release 4.2 makes agents faster."))) {
      var request = s.request("");
      ((ArrayNode) request.path("agent").path("tools")).addObject().put("name", "browser_tool_set");
      s.create(request).send("What is new?");
      s.awaitStatus("finished");

      List<JsonNode> observations = s.events("ObservationEvent");
      assertThat(observations).hasSize(2);
      assertThat(observations.get(0).path("observation").path("kind").asText())
          .isEqualTo("BrowserObservation");
      assertThat(observations.get(0).path("observation").path("is_error").asBoolean()).isFalse();
      // The state lists the page's elements with their indices; the content is markdown.
      assertThat(text(observations.get(0))).contains("Older releases");
      assertThat(text(observations.get(1))).contains("Release 4.2").contains("Faster agents.");
      assertThat(s.llm.requests().get(0).toolNames())
          .contains("browser_navigate", "browser_click", "browser_get_content");
    } finally {
      site.stop(0);
    }
  }

  @Test
  void createRefusesUnknownToolsAndBadCondensers() {
    try (Scenario s = new Scenario()) {
      var request = s.request("");
      ((com.fasterxml.jackson.databind.node.ArrayNode) request.path("agent").path("tools"))
          .addObject()
          .put("name", "no_such_tool");
      given()
          .contentType("application/json")
          .body(request.toString())
          .post("/api/conversations")
          .then()
          .statusCode(400)
          .body("detail", org.hamcrest.Matchers.containsString("no_such_tool"));

      var condensed = s.request("");
      ((com.fasterxml.jackson.databind.node.ObjectNode) condensed.path("agent"))
          .putObject("condenser")
          .put("kind", "LLMSummarizingCondenser")
          .put("max_size", 4)
          .put("keep_first", 3);
      given()
          .contentType("application/json")
          .body(condensed.toString())
          .post("/api/conversations")
          .then()
          .statusCode(400)
          .body("detail", org.hamcrest.Matchers.containsString("keep_first"));
    }
  }
}
