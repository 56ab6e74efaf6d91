package dev.jhands.agent.conversation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.jhands.agent.Bodies;
import dev.jhands.agent.store.ConversationStore;
import dev.jhands.events.conversation.ExecutionStatus;
import dev.jhands.events.conversation.SendMessageRequest;
import dev.jhands.events.json.Wire;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The server starts over a directory a previous process filled, and serves it all. */
@QuarkusTest
@TestProfile(RestartIT.Prefilled.class)
class RestartIT {

  static final String IDLE = UUID.randomUUID().toString();
  static final String RUNNING = UUID.randomUUID().toString();

  public static class Prefilled implements QuarkusTestProfile {
    private static Path root;

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("jhands.agent.conversations-path", prefill().toString());
    }

    // Quarkus may ask for the overrides more than once; the previous "process" runs only once.
    private static synchronized Path prefill() {
      if (root != null) {
        return root;
      }
      try {
        root = Files.createTempDirectory("jhands-agent-restart").resolve("conversations");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ConversationService before =
          new ConversationService(
              new ConversationStore(root, Wire.mapper()), Clock.systemUTC(), conversation -> {});
      before.load();
      Conversation idle = before.start(Bodies.startRequest(IDLE)).conversation();
      before.send(idle, SendMessageRequest.userText("first", false));
      before.send(idle, SendMessageRequest.userText("second", false));
      idle.rename("Survivor");
      Conversation running = before.start(Bodies.startRequest(RUNNING)).conversation();
      before.send(running, SendMessageRequest.userText("go", true));
      running.setStatus(ExecutionStatus.RUNNING);
      return root;
    }
  }

  @Test
  void servesConversationsAndEventsWrittenBeforeTheRestart() {
    given()
        .get("/api/conversations/{id}", IDLE)
        .then()
        .statusCode(200)
        .body("title", equalTo("Survivor"))
        .body("execution_status", equalTo("idle"));
    given()
        .get("/api/conversations/{id}/events/search", IDLE)
        .then()
        .body("items[0].llm_message.content[0].text", equalTo("first"))
        .body("items[1].llm_message.content[0].text", equalTo("second"));
    given().get("/api/conversations/count").then().body(equalTo("2"));
  }

  @Test
  void aRunningConversationComesBackAsErrorWithAnEvent() {
    given()
        .get("/api/conversations/{id}", RUNNING)
        .then()
        .body("execution_status", equalTo("error"));
    given()
        .queryParam("kind", "ConversationErrorEvent")
        .get("/api/conversations/{id}/events/search", RUNNING)
        .then()
        .body("items", hasSize(1))
        .body("items[0].code", equalTo(ConversationService.RESTARTED_CODE))
        .body("items[0].detail", equalTo(ConversationService.RESTARTED_DETAIL));
    given()
        .queryParam("status", "error")
        .get("/api/conversations/search")
        .then()
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(RUNNING));
  }

  @Test
  void newEventsContinueTheStoredLog() {
    given()
        .contentType("application/json")
        .body(Bodies.message("third", false))
        .post("/api/conversations/{id}/events", IDLE)
        .then()
        .statusCode(200);
    given()
        .queryParam("sort_order", "TIMESTAMP_DESC")
        .get("/api/conversations/{id}/events/search", IDLE)
        .then()
        .body("items[0].llm_message.content[0].text", equalTo("third"));
  }
}
