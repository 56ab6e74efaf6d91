package dev.jhands.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.agent.sandbox.TestSandbox;
import dev.jhands.events.json.Wire;
import dev.jhands.testing.llm.ScriptedLlmServer;
import dev.jhands.testing.llm.ToolCall;
import dev.jhands.testing.llm.Turn;
import dev.jhands.testing.process.ServiceProcess;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged agent server killed with SIGKILL in the middle of a run, then started again over the
 * same directory: every conversation and event is back, the cut-off run is an error that says so,
 * and the conversation runs again.
 */
class KillRestartPackagedIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aKilledServerComesBackWithEveryEventAndTheCutOffRunAsAnError() throws Exception {
    Path root = Files.createTempDirectory("jhands-kill");
    Path workspace = TestSandbox.newWorkspace("kill");
    Map<String, String> env =
        Map.of(
            "OH_CONVERSATIONS_PATH", root.resolve("conversations").toString(),
            "OH_BASH_EVENTS_DIR", root.resolve("bash").toString(),
            "OH_SESSION_API_KEYS_0", "kill-key",
            "OH_ACTION_EXECUTION_URL", TestSandbox.actionServerUrl(),
            "JHANDS_AGENT_ACTION_EXECUTION_API_KEY", TestSandbox.ACTION_KEY);
    Path jar = ServiceProcess.packagedJar("agent-server");
    try (ScriptedLlmServer llm = ScriptedLlmServer.start()) {
      llm.enqueue(
          Turn.toolCalls(ToolCall.of("terminal", Map.of("command", "echo before > marker.txt"))),
          // The second call hangs long enough for the kill to land mid-run.
          Turn.text("never delivered").withDelay(Duration.ofMinutes(2)));
      String id;
      List<String> eventIds;
      try (ServiceProcess first =
          ServiceProcess.start(jar, List.of(), env, root.resolve("first.log"))) {
        first.awaitReady("/alive", Duration.ofSeconds(60));
        id = create(first, llm, workspace);
        llm.awaitRequests(2, Duration.ofSeconds(60));
        assertThat(status(first, id)).isEqualTo("running");
        eventIds = ids(first, id);
        ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly();
        await().until(() -> ProcessHandle.of(first.pid()).map(p -> !p.isAlive()).orElse(true));
      }
      assertThat(workspace.resolve("marker.txt")).hasContent("before");

      llm.enqueue(Turn.text("back again"));
      try (ServiceProcess second =
          ServiceProcess.start(jar, List.of(), env, root.resolve("second.log"))) {
        second.awaitReady("/alive", Duration.ofSeconds(60));
        assertThat(status(second, id)).isEqualTo("error");
        List<JsonNode> events = events(second, id);
        assertThat(events.stream().map(e -> e.path("id").asText()).toList())
            .startsWith(eventIds.toArray(String[]::new));
        JsonNode error =
            events.stream()
                .filter(e -> e.path("kind").asText().equals("ConversationErrorEvent"))
                .findFirst()
                .orElseThrow();
        assertThat(error.path("code").asText()).isEqualTo("ServerRestarted");

        post(
            second,
            "/api/conversations/" + id + "/events",
            "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"go"
                + " on\"}],\"run\":true}");
        await().atMost(Duration.ofSeconds(60)).until(() -> status(second, id).equals("finished"));
      }
    }
  }

  private String create(ServiceProcess server, ScriptedLlmServer llm, Path workspace)
      throws Exception {
    String body =
        """
        {"agent": {"llm": {"model": "openai/scripted-model", "base_url": "%s", "num_retries": 0},
                   "tools": [{"name": "terminal"}]},
         "workspace": {"kind": "LocalWorkspace", "working_dir": "%s"},
         "initial_message": {"role": "user", "content": [{"type": "text", "text": "work"}]}}
        """
            .formatted(llm.baseUrl(), workspace);
    return json(post(server, "/api/conversations", body)).path("id").asText();
  }

  private String status(ServiceProcess server, String id) throws Exception {
    return json(get(server, "/api/conversations/" + id)).path("execution_status").asText();
  }

  private List<String> ids(ServiceProcess server, String id) throws Exception {
    return events(server, id).stream().map(e -> e.path("id").asText()).toList();
  }

  private List<JsonNode> events(ServiceProcess server, String id) throws Exception {
    List<JsonNode> all = new ArrayList<>();
    json(get(server, "/api/conversations/" + id + "/events/search?limit=100"))
        .path("items")
        .forEach(all::add);
    return all;
  }

  private String get(ServiceProcess server, String path) throws Exception {
    return send(HttpRequest.newBuilder(server.uri(path)).GET());
  }

  private String post(ServiceProcess server, String path, String body) throws Exception {
    return send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private String send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        http.send(
            request.header("X-Session-API-Key", "kill-key").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return response.body();
  }

  private static JsonNode json(String body) throws Exception {
    return Wire.mapper().readTree(body);
  }
}
