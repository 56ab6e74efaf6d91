package dev.jhands.agent.bash;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BashIT {

  static String body(String command, String cwd, Integer timeout) {
    StringBuilder json = new StringBuilder("{\"command\": ").append(quote(command));
    if (cwd != null) {
      json.append(", \"cwd\": ").append(quote(cwd));
    }
    if (timeout != null) {
      json.append(", \"timeout\": ").append(timeout);
    }
    return json.append('}').toString();
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static JsonPath start(String body) {
    return given()
        .contentType("application/json")
        .body(body)
        .post("/api/bash/start_bash_command")
        .then()
        .statusCode(200)
        .body("kind", equalTo("BashCommand"))
        .extract()
        .jsonPath();
  }

  static JsonPath execute(String body) {
    return given()
        .contentType("application/json")
        .body(body)
        .post("/api/bash/execute_bash_command")
        .then()
        .statusCode(200)
        .body("kind", equalTo("BashOutput"))
        .extract()
        .jsonPath();
  }

  /** The command's chunks in order, once its last one is there. */
  static List<Map<String, Object>> awaitOutputs(String commandId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> last(outputs(commandId)).get("exit_code") != null);
    return outputs(commandId);
  }

  static List<Map<String, Object>> outputs(String commandId) {
    return given()
        .queryParam("kind__eq", "BashOutput")
        .queryParam("command_id__eq", commandId)
        .get("/api/bash/bash_events/search")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  private static Map<String, Object> last(List<Map<String, Object>> items) {
    return items.isEmpty() ? Map.of() : items.getLast();
  }

  static String joined(List<Map<String, Object>> chunks, String stream) {
    StringBuilder text = new StringBuilder();
    chunks.stream().map(c -> c.get(stream)).filter(s -> s != null).forEach(text::append);
    return text.toString();
  }

  @Test
  void startReturnsTheCommandAndPollingFindsItsOutput() {
    JsonPath command = start(body("echo out; echo err >&2; exit 3", null, null));
    assertThat(command.getString("id")).matches("[0-9a-f]{32}");
    assertThat(command.getInt("timeout")).isEqualTo(300);
    assertThat(command.getString("timestamp")).isNotBlank();

    List<Map<String, Object>> chunks = awaitOutputs(command.getString("id"));
    assertThat(joined(chunks, "stdout")).isEqualTo("out\n");
    assertThat(joined(chunks, "stderr")).isEqualTo("err\n");
    assertThat(chunks.getLast().get("exit_code")).isEqualTo(3);
  }

  @Test
  void executeReturnsTheLastChunk() {
    JsonPath last = execute(body("printf hello", null, 30));
    assertThat(last.getInt("exit_code")).isZero();
    List<Map<String, Object>> chunks = outputs(last.getString("command_id"));
    assertThat(chunks.getLast().get("id")).isEqualTo(last.getString("id"));
    assertThat(joined(chunks, "stdout")).isEqualTo("hello");
  }

  @Test
  void nonZeroExitCode() {
    assertThat(execute(body("exit 7", null, null)).getInt("exit_code")).isEqualTo(7);
  }

  @Test
  void outputOverTimeComesInOrderedChunks() throws IOException {
    Path gate = Files.createTempDirectory("jhands-bash-gate").resolve("go");
    String script = "echo first; while [ ! -e '" + gate + "' ]; do sleep 0.05; done; echo second";
    String id = start(body(script, null, 60)).getString("id");

    // The first line arrives as a chunk of its own while the command still waits for the gate.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "first\n".equals(joined(outputs(id), "stdout")));
    assertThat(outputs(id)).allSatisfy(c -> assertThat(c.get("exit_code")).isNull());
    Files.createFile(gate);

    List<Map<String, Object>> chunks = awaitOutputs(id);
    assertThat(chunks.size()).isGreaterThanOrEqualTo(2);
    for (int i = 0; i < chunks.size(); i++) {
      assertThat(chunks.get(i).get("order")).isEqualTo(i);
      assertThat(chunks.get(i).get("exit_code")).isEqualTo(i == chunks.size() - 1 ? 0 : null);
    }
    assertThat(joined(chunks, "stdout")).isEqualTo("first\nsecond\n");
  }

  @Test
  void bigOutputIsSplitIntoBoundedChunks() {
    JsonPath last = execute(body("head -c 200000 /dev/zero | tr '\\0' a", null, 60));
    List<Map<String, Object>> chunks = outputs(last.getString("command_id"));
    assertThat(chunks.size()).isGreaterThanOrEqualTo(4);
    assertThat(chunks)
        .allSatisfy(
            c ->
                assertThat(c.get("stdout") == null ? 0 : ((String) c.get("stdout")).length())
                    .isLessThanOrEqualTo(CommandRun.CHUNK_CHARS));
    assertThat(joined(chunks, "stdout")).hasSize(200000).matches("a+");
  }

  @Test
  void cwdIsHonoured() throws IOException {
    Path dir = Files.createTempDirectory("jhands-bash-cwd").toRealPath();
    JsonPath last = execute(body("pwd", dir.toString(), null));
    assertThat(joined(outputs(last.getString("command_id")), "stdout")).isEqualTo(dir + "\n");
  }

  @Test
  void timeoutKillsTheProcessTree() {
    // The shell prints its own pid and its background child's, then waits for that child.
    JsonPath last = execute(body("echo $$; sleep 60 & echo $!; wait", null, 1));
    assertThat(last.getInt("exit_code")).isEqualTo(CommandRun.TIMED_OUT);

    List<Long> pids =
        joined(outputs(last.getString("command_id")), "stdout")
            .lines()
            .map(Long::parseLong)
            .toList();
    assertThat(pids).hasSize(2);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                pids.stream()
                    .noneMatch(p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false)));
  }

  @Test
  void badInputIs400() {
    for (String bad :
        List.of(
            "{}",
            "{\"command\": \"  \"}",
            body("true", null, -1),
            body("true", "/no/such", null),
            "{")) {
      given()
          .contentType("application/json")
          .body(bad)
          .post("/api/bash/start_bash_command")
          .then()
          .statusCode(400)
          .body("detail", notNullValue());
    }
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/bash/execute_bash_command")
        .then()
        .statusCode(400);
    given()
        .queryParam("sort_order", "SIDEWAYS")
        .get("/api/bash/bash_events/search")
        .then()
        .statusCode(400)
        .body("detail", notNullValue());
    given().queryParam("limit", 0).get("/api/bash/bash_events/search").then().statusCode(400);
    given().queryParam("limit", 101).get("/api/bash/bash_events/search").then().statusCode(400);
    given()
        .queryParam("kind__eq", "Nope")
        .get("/api/bash/bash_events/search")
        .then()
        .statusCode(400);
    given()
        .queryParam("timestamp__gte", "yesterday")
        .get("/api/bash/bash_events/search")
        .then()
        .statusCode(400);
  }

  @Test
  void searchFiltersPagesAndSorts() {
    JsonPath a = start(body("echo a", null, null));
    awaitOutputs(a.getString("id"));
    JsonPath b = start(body("echo b", null, null));
    awaitOutputs(b.getString("id"));
    String since = a.getString("timestamp");

    given()
        .queryParam("kind__eq", "BashCommand")
        .queryParam("timestamp__gte", since)
        .queryParam("limit", 1)
        .get("/api/bash/bash_events/search")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(a.getString("id")))
        .body("next_page_id", equalTo(b.getString("id")));
    given()
        .queryParam("kind__eq", "BashCommand")
        .queryParam("timestamp__gte", since)
        .queryParam("limit", 1)
        .queryParam("page_id", b.getString("id"))
        .get("/api/bash/bash_events/search")
        .then()
        .body("items", hasSize(1))
        .body("items[0].command", equalTo("echo b"))
        .body("next_page_id", nullValue());
    given()
        .queryParam("kind__eq", "BashCommand")
        .queryParam("timestamp__gte", since)
        .queryParam("sort_order", "TIMESTAMP_DESC")
        .get("/api/bash/bash_events/search")
        .then()
        .body("items.id", equalTo(List.of(b.getString("id"), a.getString("id"))));

    // Everything of A, and nothing of B, lies before B's command.
    List<Map<String, Object>> beforeB =
        given()
            .queryParam("timestamp__gte", since)
            .queryParam("timestamp__lt", b.getString("timestamp"))
            .get("/api/bash/bash_events/search")
            .then()
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(beforeB.getFirst().get("id")).isEqualTo(a.getString("id"));
    assertThat(beforeB.subList(1, beforeB.size()))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("command_id")).isEqualTo(a.getString("id")));
  }

  @Test
  void getOneAndMany() {
    JsonPath command = start(body("true", null, null));
    String id = command.getString("id");
    given()
        .get("/api/bash/bash_events/{id}", id)
        .then()
        .statusCode(200)
        .body("kind", equalTo("BashCommand"))
        .body("command", equalTo("true"));
    given()
        .get("/api/bash/bash_events/{id}", "0".repeat(32))
        .then()
        .statusCode(404)
        .body("detail", notNullValue());
    given()
        .queryParam("event_ids", id, "missing")
        .get("/api/bash/bash_events/")
        .then()
        .statusCode(200)
        .body("$", hasSize(2))
        .body("[0].id", equalTo(id))
        .body("[1]", nullValue());
    awaitOutputs(id);
  }

  @Test
  void clearRemovesEverything() {
    awaitOutputs(start(body("echo gone", null, null)).getString("id"));
    int cleared =
        given()
            .delete("/api/bash/bash_events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getInt("cleared_count");
    assertThat(cleared).isGreaterThanOrEqualTo(2);
    given().get("/api/bash/bash_events/search").then().body("items", hasSize(0));
  }
}
