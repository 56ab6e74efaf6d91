package dev.jhands.agent.loop;

import static dev.jhands.agent.loop.Scenario.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.testing.llm.ToolCall;
import dev.jhands.testing.llm.Turn;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Confirmation, rejection, run while running, pause, stuck detection and max_iterations. */
@QuarkusTest
class ControlFlowIT {

  private static Turn touch(String name, String risk) {
    return Turn.toolCalls(
        ToolCall.of("terminal", Map.of("command", "touch " + name, "security_risk", risk)));
  }

  @Test
  void alwaysConfirmWaitsAndAnAcceptRunsThePendingAction() {
    try (Scenario s = new Scenario(touch("made.txt", "LOW"), Turn.text("made it"))) {
      s.create("\"confirmation_policy\": {\"kind\": \"AlwaysConfirm\"}").send("Make a file");
      s.awaitStatus("waiting_for_confirmation");
      assertThat(s.workspace.resolve("made.txt")).doesNotExist();
      assertThat(s.events("ObservationEvent")).isEmpty();
      assertThat(s.events("ActionEvent").getFirst().path("security_risk").asText())
          .isEqualTo("LOW");

      given()
          .contentType("application/json")
          .body("{\"accept\": true}")
          .post("/api/conversations/{id}/events/respond_to_confirmation", s.id)
          .then()
          .statusCode(200);
      s.awaitStatus("finished");
      assertThat(s.workspace.resolve("made.txt")).exists();
      assertThat(s.events("ObservationEvent")).hasSize(1);
    }
  }

  @Test
  void aRejectionAnswersEachPendingActionAndLeavesTheConversationIdle() {
    try (Scenario s =
        new Scenario(
            Turn.toolCalls(
                ToolCall.of("terminal", Map.of("command", "touch a.txt")),
                ToolCall.of("terminal", Map.of("command", "touch b.txt"))),
            Turn.text("understood"))) {
      s.create("\"confirmation_policy\": {\"kind\": \"AlwaysConfirm\"}").send("Make files");
      s.awaitStatus("waiting_for_confirmation");

      given()
          .contentType("application/json")
          .body("{\"accept\": false, \"reason\": \"not those files\"}")
          .post("/api/conversations/{id}/events/respond_to_confirmation", s.id)
          .then()
          .statusCode(200);
      s.awaitStatus("idle");
      assertThat(s.events("UserRejectObservation"))
          .hasSize(2)
          .allMatch(r -> r.path("rejection_reason").asText().equals("not those files"));
      assertThat(s.workspace.resolve("a.txt")).doesNotExist();

      // The model hears of the rejection on the next run.
      s.send("ok, just answer");
      s.awaitStatus("finished");
      assertThat(s.llm.lastRequest().body()).contains("not those files");
    }
  }

  @Test
  void confirmRiskyStopsOnlyForRiskyActions() throws Exception {
    try (Scenario s =
        new Scenario(touch("low.txt", "LOW"), touch("high.txt", "HIGH"), Turn.text("both done"))) {
      s.create("\"confirmation_policy\": {\"kind\": \"ConfirmRisky\", \"threshold\": \"HIGH\"}")
          .send("Make files");
      s.awaitStatus("waiting_for_confirmation");
      assertThat(s.workspace.resolve("low.txt")).exists();
      assertThat(s.workspace.resolve("high.txt")).doesNotExist();
      given().post("/api/conversations/{id}/run", s.id).then().statusCode(200);
      s.awaitStatus("finished");
      assertThat(s.workspace.resolve("high.txt")).exists();
    }
  }

  @Test
  void runReturnsAtOnceAndASecondRunIsAConflict() {
    try (Scenario s = new Scenario(Turn.text("slow answer").withDelay(Duration.ofSeconds(3)))) {
      s.create("");
      given()
          .contentType("application/json")
          .body("{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}")
          .post("/api/conversations/{id}/events", s.id)
          .then()
          .statusCode(200);
      given().post("/api/conversations/{id}/run", s.id).then().statusCode(200);
      assertThat(s.status()).isEqualTo("running");
      given()
          .post("/api/conversations/{id}/run", s.id)
          .then()
          .statusCode(409)
          .body("detail", org.hamcrest.Matchers.containsString("already running"));
      s.awaitStatus("finished");
    }
  }

  @Test
  void aPauseTakesEffectAtTheNextStepAndARunGoesOn() {
    try (Scenario s =
        new Scenario(
            Turn.toolCalls(ToolCall.of("terminal", Map.of("command", "echo step1")))
                .withDelay(Duration.ofSeconds(2)),
            Turn.text("resumed and done"))) {
      s.create("").send("Work");
      org.awaitility.Awaitility.await().until(() -> s.llm.requests().size() == 1);
      given().post("/api/conversations/{id}/pause", s.id).then().statusCode(200);
      s.awaitStatus("paused");
      // The step in flight completes; no further LLM call is made while paused.
      org.awaitility.Awaitility.await().until(() -> s.events("ObservationEvent").size() == 1);
      assertThat(s.events("PauseEvent")).hasSize(1);
      assertThat(s.llm.requests()).hasSize(1);

      given().post("/api/conversations/{id}/run", s.id).then().statusCode(200);
      s.awaitStatus("finished");
      assertThat(s.llm.requests()).hasSize(2);
    }
  }

  @Test
  void theSameActionAndObservationFourTimesIsStuck() {
    Turn same = Turn.toolCalls(ToolCall.of("terminal", Map.of("command", "echo again")));
    try (Scenario s = new Scenario(same, same, same, same, same, same)) {
      s.create("").send("Loop");
      s.awaitStatus("stuck");
      assertThat(s.events("ObservationEvent")).hasSize(4);
      assertThat(s.llm.requests()).hasSize(4);

      // A new message starts afresh: detection looks only after the last user message.
      s.llm.enqueue(Turn.text("sorry"));
      s.send("Stop looping");
      s.awaitStatus("finished");
    }
  }

  @Test
  void maxIterationsEndsTheRunWithAnError() {
    Turn think = Turn.toolCalls(ToolCall.of("think", Map.of("thought", "hmm")));
    try (Scenario s = new Scenario(think, think, think, think)) {
      s.create("\"max_iterations\": 2, \"stuck_detection\": false").send("Think");
      s.awaitStatus("error");
      JsonNode error = s.events("ConversationErrorEvent").getLast();
      assertThat(error.path("code").asText()).isEqualTo("MaxIterationsReached");
      assertThat(s.events("ObservationEvent")).hasSize(2);
    }
  }

  @Test
  void aFinishEndsTheRunWithItsMessage() throws Exception {
    try (Scenario s =
        new Scenario(Turn.toolCalls(ToolCall.of("finish", Map.of("message", "All done."))))) {
      s.create("").send("Finish");
      s.awaitStatus("finished");
      assertThat(text(s.events("ObservationEvent").getFirst())).isEqualTo("All done.");
      assertThat(Files.list(s.workspace)).isEmpty();
    }
  }
}
