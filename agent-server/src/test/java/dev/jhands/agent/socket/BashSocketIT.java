package dev.jhands.agent.socket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.agent.bash.BashEventLog;
import dev.jhands.events.bash.BashEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /sockets/bash-events} against the real shell runner. */
@QuarkusTest
@TestProfile(BashSocketIT.WithKey.class)
class BashSocketIT {

  static final String KEY = "bash-s0cket";
  static final String PATH = "/sockets/bash-events";

  /**
   * A session key, and a small queue so a stalled client overflows it soon; still twice any one
   * command's burst here.
   */
  public static class WithKey implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "jhands.agent.session-api-keys", KEY, "jhands.agent.socket.queue-capacity", "16");
    }
  }

  @Inject BashEventLog log;

  @Test
  void eachAuthFormIsAcceptedAndLiveEventsArrive() {
    WsClient byQuery = WsClient.connect(PATH + "?session_api_key=" + KEY);
    WsClient byHeader = WsClient.connect(PATH, Map.of("X-Session-API-Key", KEY));
    WsClient byFrame = WsClient.connect(PATH);
    byFrame.send("{\"type\":\"auth\",\"session_api_key\":\"" + KEY + "\"}");
    await().until(() -> log.subscriberCount() == 3);

    String commandId = execute("echo live").path("command_id").asText();
    for (WsClient client : List.of(byQuery, byHeader, byFrame)) {
      await().until(() -> finished(client, commandId));
      assertThat(client.frames.get(0).path("kind").asText()).isEqualTo("BashCommand");
      assertThat(client.frames.get(0).path("command").asText()).isEqualTo("echo live");
      assertThat(client.closeCode).isNotDone();
      client.close();
    }
  }

  @Test
  void aWrongKeyOrANonAuthFirstFrameCloses4001() {
    WsClient wrong = WsClient.connect(PATH + "?session_api_key=nope");
    assertThat(wrong.closeCode).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(4001);
    WsClient notAuth = WsClient.connect(PATH);
    notAuth.send("{\"command\":\"touch /tmp/jhands-should-not-run\"}");
    assertThat(notAuth.closeCode).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(4001);
    assertThat(notAuth.closeReason).isEqualTo("Authentication failed");
    WsClient badMode = WsClient.connect(PATH + "?session_api_key=" + KEY + "&resend_mode=since");
    assertThat(badMode.closeCode).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(1008);
  }

  @Test
  void resendAllSendsTheStoredEventsThenLiveOnesWithNoGapOrDuplicate() {
    execute("echo before");
    // A command that keeps writing while the socket subscribes, so the seam falls mid-stream.
    String running =
        api()
            .body("{\"command\": \"for i in $(seq 1 30); do echo $i; sleep 0.02; done\"}")
            .post("/api/bash/start_bash_command")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    WsClient all = WsClient.connect(PATH + "?session_api_key=" + KEY + "&resend_all=true");
    WsClient byMode = WsClient.connect(PATH + "?session_api_key=" + KEY + "&resend_mode=all");
    WsClient liveOnly = WsClient.connect(PATH + "?session_api_key=" + KEY);
    await().until(() -> finished(all, running) && finished(byMode, running));
    String after = execute("echo after").path("command_id").asText();
    await()
        .until(() -> finished(all, after) && finished(byMode, after) && finished(liveOnly, after));

    List<String> stored = log.all().stream().map(BashEvent::id).toList();
    assertThat(all.ids(0)).isEqualTo(stored);
    assertThat(byMode.ids(0)).isEqualTo(stored);
    // Without resend, the socket starts at some point inside the log and follows it to the end.
    List<String> live = liveOnly.ids(0);
    assertThat(live).isNotEmpty();
    assertThat(stored.subList(stored.size() - live.size(), stored.size())).isEqualTo(live);
    all.close();
    byMode.close();
    liveOnly.close();
  }

  @Test
  void aClientFrameStartsACommand() {
    WsClient client = WsClient.connect(PATH + "?session_api_key=" + KEY);
    await().until(() -> log.subscriberCount() >= 1);
    client.send("{\"command\": \"printf 'from socket'; pwd\", \"cwd\": \"/tmp\", \"timeout\": 20}");
    await().until(() -> client.frames.stream().anyMatch(f -> f.path("exit_code").asInt(-1) == 0));
    JsonNode command = client.frames.get(0);
    assertThat(command.path("kind").asText()).isEqualTo("BashCommand");
    assertThat(command.path("cwd").asText()).isEqualTo("/tmp");
    assertThat(command.path("timeout").asInt()).isEqualTo(20);
    String stdout =
        client.frames.stream()
            .filter(f -> f.path("kind").asText().equals("BashOutput"))
            .map(f -> f.path("stdout").asText(""))
            .reduce("", String::concat);
    assertThat(stdout).isEqualTo("from socket/tmp\n");
    client.close();
  }

  @Test
  void badFramesGetABashErrorAndTheSocketStaysOpen() {
    WsClient client = WsClient.connect(PATH + "?session_api_key=" + KEY);
    await().until(() -> log.subscriberCount() >= 1);
    List<String> bad =
        List.of(
            "not json",
            "[1, 2]",
            "{\"command\": \"\"}",
            "{\"command\": \"ls\", \"timeout\": 0}",
            "{\"command\": \"ls\", \"timeout\": \"soon\"}",
            "{\"command\": \"ls\", \"cwd\": \"/no/such/dir\"}");
    for (String frame : bad) {
      client.send(frame);
    }
    client.send("{\"type\": \"auth\", \"session_api_key\": \"" + KEY + "\"}");
    await().until(() -> client.frames.size() == bad.size());
    for (JsonNode error : client.frames) {
      assertThat(error.path("kind").asText()).isEqualTo("BashError");
      assertThat(error.path("id").asText()).isNotEmpty();
      assertThat(error.path("timestamp").asText()).isNotEmpty();
      assertThat(error.path("code").asText()).isNotEmpty();
      assertThat(error.path("detail").asText()).isNotEmpty();
    }
    assertThat(client.frames.get(2).path("detail").asText()).isEqualTo("command is required");
    // None of them reached the log, and the socket still starts commands.
    assertThat(log.all()).noneMatch(e -> e.getClass().getSimpleName().equals("BashError"));
    client.send("{\"command\": \"echo still open\"}");
    await().until(() -> client.frames.stream().anyMatch(f -> f.path("exit_code").asInt(-1) == 0));
    assertThat(client.closeCode).isNotDone();
    client.close();
  }

  @Test
  void aStalledSubscriberIsDroppedAndTheRunnerGoesOn() {
    WsClient stalled = WsClient.connect(PATH + "?session_api_key=" + KEY);
    WsClient healthy = WsClient.connect(PATH + "?session_api_key=" + KEY);
    await().until(() -> log.subscriberCount() == 2);
    stalled.stopReading();
    // Each run writes a few 64K chunks, fewer than the queue holds, so the healthy client keeps
    // up; the stalled one fills the TCP buffers, then its queue (16).
    await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () -> {
              // Answers only once the last chunk is logged: the runner never waits on a socket.
              JsonNode last = execute("yes aaaaaaaaaaaaaaa | head -c 200000");
              assertThat(last.path("exit_code").asInt()).isZero();
              return log.subscriberCount() == 1;
            });
    String after = execute("echo after the drop").path("command_id").asText();
    await().atMost(Duration.ofMinutes(1)).until(() -> finished(healthy, after));
    assertThat(healthy.closeCode).isNotDone();
    healthy.close();
    stalled.close();
  }

  private static boolean finished(WsClient client, String commandId) {
    return client.frames.stream()
        .anyMatch(
            f ->
                f.path("command_id").asText().equals(commandId)
                    && !f.path("exit_code").isMissingNode()
                    && !f.path("exit_code").isNull());
  }

  private static JsonNode execute(String command) {
    String body =
        api()
            .body(Map.of("command", command))
            .post("/api/bash/execute_bash_command")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    try {
      return dev.jhands.events.json.Wire.mapper().readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(body, e);
    }
  }

  private static RequestSpecification api() {
    return given().header("X-Session-API-Key", KEY).contentType(ContentType.JSON);
  }
}
