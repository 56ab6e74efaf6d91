package dev.jhands.agent.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.agent.Bodies;
import dev.jhands.agent.secret.SecretFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The webhooks against a real HTTP receiver (contract §4). */
@QuarkusTest
@TestProfile(WebhookIT.WithWebhook.class)
class WebhookIT {

  static final String KEY = "wh-key";
  static final WebhookReceiver RECEIVER = WebhookReceiver.start();

  @AfterAll
  static void stopReceiver() {
    RECEIVER.close();
  }

  /** Small batches, a short flush delay, one retry at once: a test sees every path quickly. */
  public static class WithWebhook implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "jhands.agent.session-api-keys",
          KEY + ",other-key",
          "jhands.agent.webhooks[0].base-url",
          RECEIVER.baseUrl() + "/",
          "jhands.agent.webhooks[0].headers",
          "{\"X-Extra\": \"yes\", \"x-session-api-key\": \"from-config\"}",
          "jhands.agent.webhooks[0].event-buffer-size",
          "3",
          "jhands.agent.webhooks[0].flush-delay",
          "0.3",
          "jhands.agent.webhooks[0].num-retries",
          "1",
          "jhands.agent.webhooks[0].retry-delay",
          "0");
    }
  }

  private static RequestSpecification api() {
    return given().header("X-Session-API-Key", KEY).contentType("application/json");
  }

  private static String start(String extra) {
    String id = UUID.randomUUID().toString();
    api().body(Bodies.start(id, extra)).post("/api/conversations").then().statusCode(201);
    return id;
  }

  private static String hex(String id) {
    return id.replace("-", "");
  }

  private static void send(String id, String text) {
    api().body(Bodies.message(text, false)).post("/api/conversations/{id}/events", id);
  }

  /** Every event received for the conversation, batch after batch. */
  private static List<JsonNode> events(String id) {
    List<JsonNode> all = new ArrayList<>();
    RECEIVER.at("/events/" + hex(id)).forEach(r -> r.body().forEach(all::add));
    return all;
  }

  private static List<JsonNode> infos(String id) {
    return RECEIVER.at("/hooks/conversations").stream()
        .map(WebhookReceiver.Received::body)
        .filter(b -> b.path("id").asText().equals(id))
        .toList();
  }

  private static List<String> storedIds(String id) {
    return api()
        .get("/api/conversations/{id}/events/search", id)
        .then()
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }

  @Test
  void startPostsTheInfoAtOnceWithSecretsMaskedAndTheKeyHeaders() {
    String id = start(SecretFixtures.SECRETS);
    await().until(() -> infos(id).size() == 1);
    WebhookReceiver.Received post =
        RECEIVER.at("/hooks/conversations").stream()
            .filter(r -> r.body().path("id").asText().equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(post.headers().get("X-session-api-key")).containsExactly(KEY);
    assertThat(post.header("X-Extra")).isEqualTo("yes");
    assertThat(post.header("Content-Type")).isEqualTo("application/json");
    JsonNode info = post.body();
    assertThat(info.path("execution_status").asText()).isEqualTo("idle");
    assertThat(info.path("agent").path("llm").path("api_key").asText()).isEqualTo("**********");
    assertThat(info.toString())
        .doesNotContain(SecretFixtures.LLM_KEY, SecretFixtures.STATIC, SecretFixtures.HEADER);
  }

  @Test
  void eventsGoInBatchesOfTheBufferSizeAndTheRestAfterTheDelay() {
    String id = start("");
    for (int i = 0; i < 7; i++) {
      send(id, "message " + i);
    }
    await().until(() -> events(id).size() == 7);
    assertThat(RECEIVER.at("/events/" + hex(id)))
        .allSatisfy(r -> assertThat(r.body().size()).isBetween(1, 3))
        .allSatisfy(r -> assertThat(r.header("X-Session-API-Key")).isEqualTo(KEY));
    assertThat(events(id).stream().map(e -> e.path("id").asText()).toList())
        .containsExactlyElementsOf(storedIds(id));
    assertThat(events(id).get(0).path("kind").asText()).isEqualTo("MessageEvent");
  }

  @Test
  void failedPostsAreRetriedThenRequeuedWithNothingLostOrReordered() {
    String id = start("");
    await().until(() -> infos(id).size() == 1);
    int failedBefore = RECEIVER.failed.get();
    RECEIVER.failNext(3);
    for (int i = 0; i < 5; i++) {
      send(id, "through failures " + i);
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> events(id).size() == 5);
    assertThat(RECEIVER.failed.get() - failedBefore).isEqualTo(3);
    assertThat(events(id).stream().map(e -> e.path("id").asText()).toList())
        .containsExactlyElementsOf(storedIds(id));
  }

  @Test
  void aHangingReceiverNeverHoldsUpTheConversation() {
    String id = start("");
    await().until(() -> infos(id).size() == 1);
    RECEIVER.hold();
    try {
      // Far more events than one batch: the sender is stuck on the first post meanwhile.
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                for (int i = 0; i < 12; i++) {
                  send(id, "while the receiver hangs " + i);
                }
                return true;
              });
      assertThat(storedIds(id)).hasSize(12);
    } finally {
      RECEIVER.release();
    }
    await().until(() -> events(id).size() == 12);
    assertThat(events(id).stream().map(e -> e.path("id").asText()).toList())
        .containsExactlyElementsOf(storedIds(id));
  }

  @Test
  void pauseRenameAndDeletePostTheInfo() {
    String id = start("");
    api().post("/api/conversations/{id}/pause", id).then().statusCode(200);
    api()
        .body("{\"title\": \"Renamed\"}")
        .patch("/api/conversations/{id}", id)
        .then()
        .statusCode(200);
    api().delete("/api/conversations/{id}", id).then().statusCode(200);
    await().until(() -> infos(id).size() == 4);
    assertThat(infos(id).stream().map(i -> i.path("execution_status").asText()).toList())
        .containsExactly("idle", "paused", "paused", "deleting");
    assertThat(infos(id).get(2).path("title").asText()).isEqualTo("Renamed");
  }
}
