package dev.jhands.agent;

import dev.jhands.agent.sandbox.TestSandbox;
import dev.jhands.events.conversation.StartConversationRequest;
import dev.jhands.events.json.Wire;
import io.restassured.RestAssured;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.awaitility.Awaitility;

/** Request bodies the tests send. */
public final class Bodies {

  private Bodies() {}

  /**
   * A start request; {@code id} may be null, {@code extra} is more JSON fields or empty. Its LLM is
   * the default scripted one, which answers every run with a plain text reply.
   */
  public static String start(String id, String extra) {
    return """
    {"agent": {"kind": "Agent", "llm": {"model": "openai/scripted-model", "base_url": "%s",
               "api_key": "sk-very-secret", "num_retries": 0}},
     "workspace": {"kind": "LocalWorkspace", "working_dir": "/tmp/jhands-agent-ws"},
     "conversation_id": %s
     %s}
    """
        .formatted(
            TestSandbox.defaultLlmUrl(),
            id == null ? "null" : "\"" + id + "\"",
            extra.isEmpty() ? "" : "," + extra);
  }

  public static String message(String text, boolean run) {
    return """
    {"role": "user", "content": [{"type": "text", "text": "%s"}], "run": %s}
    """
        .formatted(text, run);
  }

  /** Waits (on an unauthenticated server) until the conversation has reached {@code status}. */
  public static void awaitStatus(String id, String status) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                status.equals(
                    RestAssured.given()
                        .get("/api/conversations/{id}", id)
                        .then()
                        .extract()
                        .path("execution_status")));
  }

  public static StartConversationRequest startRequest(String id) {
    try {
      return Wire.mapper().readValue(start(id, ""), StartConversationRequest.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
