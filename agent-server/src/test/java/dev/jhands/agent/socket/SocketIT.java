package dev.jhands.agent.socket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.agent.Bodies;
import dev.jhands.agent.conversation.ConversationService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SocketIT.WithKey.class)
class SocketIT {

  static final String KEY = "s0cket-key";

  /** A session key, and a small queue so a stalled client overflows it soon. */
  public static class WithKey implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "jhands.agent.session-api-keys", KEY, "jhands.agent.socket.queue-capacity", "8");
    }
  }

  @Inject ConversationService service;

  @Test
  void queryKeyGetsFullStateFirst() {
    String id = create();
    WsClient client = WsClient.connect(path(id, "session_api_key=" + KEY));
    await().until(() -> client.frames.size() == 1);
    JsonNode first = client.frames.get(0);
    assertThat(first.path("kind").asText()).isEqualTo("ConversationStateUpdateEvent");
    assertThat(first.path("key").asText()).isEqualTo("full_state");
    assertThat(first.path("value").path("id").asText()).isEqualTo(id);
    assertThat(first.path("value").path("execution_status").asText()).isEqualTo("idle");
    client.close();
  }

  @Test
  void headerKeyIsAccepted() {
    String id = create();
    WsClient client = WsClient.connect(path(id, ""), Map.of("X-Session-API-Key", KEY));
    await().until(() -> client.frames.size() == 1);
    post(id, "after header auth");
    await().until(() -> client.frames.size() == 2);
    assertThat(client.frames.get(1).path("kind").asText()).isEqualTo("MessageEvent");
    client.close();
  }

  @Test
  void firstFrameAuthIsAcceptedAndLaterAuthFramesIgnored() {
    String id = create();
    WsClient client = WsClient.connect(path(id, ""));
    client.send("{\"type\":\"auth\",\"session_api_key\":\"" + KEY + "\"}");
    await().until(() -> client.frames.size() == 1);
    client.send("{\"type\":\"auth\",\"session_api_key\":\"" + KEY + "\"}");
    post(id, "still here");
    await().until(() -> client.frames.size() == 2);
    assertThat(client.kinds()).containsExactly("ConversationStateUpdateEvent", "MessageEvent");
    assertThat(client.closeCode).isNotDone();
    client.close();
  }

  @Test
  void wrongKeyInAnyFormIs4001() {
    String id = create();
    List<WsClient> clients =
        List.of(
            WsClient.connect(path(id, "session_api_key=nope")),
            WsClient.connect(path(id, ""), Map.of("X-Session-API-Key", "nope")),
            WsClient.connect(path(id, "")));
    clients.get(2).send("{\"type\":\"auth\",\"session_api_key\":\"nope\"}");
    for (WsClient client : clients) {
      assertThat(client.closeCode.join()).isEqualTo(4001);
      assertThat(client.closeReason).isEqualTo("Authentication failed");
      assertThat(client.frames).isEmpty();
    }
  }

  @Test
  void aFirstFrameThatIsNotAuthIs4001() {
    WsClient client = WsClient.connect(path(create(), ""));
    client.send("{\"role\":\"user\",\"content\":[]}");
    assertThat(client.closeCode.join()).isEqualTo(4001);
  }

  @Test
  void unknownConversationIs4004() {
    WsClient client =
        WsClient.connect(path(UUID.randomUUID().toString(), "session_api_key=" + KEY));
    assertThat(client.closeCode.join()).isEqualTo(4004);
    assertThat(client.closeReason).isEqualTo("Conversation not found");
  }

  @Test
  void resendAllSendsStoredEventsOldestFirstThenLive() {
    String id = create();
    for (int i = 0; i < 5; i++) {
      post(id, "m" + i);
    }
    List<String> stored = storedIds(id);
    for (String query : List.of("resend_all=true", "resend_mode=all")) {
      WsClient client = WsClient.connect(path(id, query + "&session_api_key=" + KEY));
      await().until(() -> client.frames.size() == 1 + stored.size());
      assertThat(client.ids(1)).isEqualTo(stored);
      client.close();
    }
  }

  @Test
  void resendSinceSendsEventsAtOrAfterTheTimestamp() {
    String id = create();
    post(id, "old");
    post(id, "middle");
    post(id, "new");
    List<JsonNode> events = storedEvents(id);
    String from = events.get(1).path("timestamp").asText();
    WsClient client =
        WsClient.connect(
            path(id, "resend_mode=since&after_timestamp=" + from + "&session_api_key=" + KEY));
    await().until(() -> client.frames.size() == 3);
    assertThat(client.ids(1))
        .containsExactly(events.get(1).path("id").asText(), events.get(2).path("id").asText());
    client.close();
  }

  @Test
  void liveEventsArriveInOrder() {
    String id = create();
    WsClient client = WsClient.connect(path(id, "session_api_key=" + KEY));
    await().until(() -> client.frames.size() == 1);
    for (int i = 0; i < 5; i++) {
      post(id, "live " + i);
    }
    await().until(() -> client.frames.size() == 6);
    assertThat(client.ids(1)).isEqualTo(storedIds(id));
    assertThat(
            client.frames.get(5).path("llm_message").path("content").get(0).path("text").asText())
        .isEqualTo("live 4");
    client.close();
  }

  @Test
  void noGapOrDuplicateWhenPostingWhileConnecting() {
    String id = create();
    int total = 60;
    AtomicInteger posted = new AtomicInteger();
    CompletableFuture<Void> posting =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; i < total; i++) {
                post(id, "racing " + i);
                posted.incrementAndGet();
              }
            });
    // One client per few posts, so the clients' seams fall all along the stream.
    List<WsClient> clients = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      int after = i * 5;
      await().until(() -> posted.get() >= after || posting.isDone());
      clients.add(WsClient.connect(path(id, "resend_all=true&session_api_key=" + KEY)));
    }
    posting.join();
    List<String> stored = storedIds(id);
    assertThat(stored).hasSize(total);
    for (WsClient client : clients) {
      await().until(() -> client.frames.size() >= 1 + total);
      assertThat(client.ids(1)).isEqualTo(stored);
      client.close();
    }
  }

  @Test
  void aClientFrameIsAppendedAsAUserMessageAndStartsARun() {
    String id = create();
    WsClient client = WsClient.connect(path(id, "session_api_key=" + KEY));
    client.send(
        "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"from the socket\"}]}");
    await().until(() -> client.frames.size() >= 2);
    JsonNode event = client.frames.get(1);
    assertThat(event.path("kind").asText()).isEqualTo("MessageEvent");
    assertThat(event.path("source").asText()).isEqualTo("user");
    assertThat(event.path("llm_message").path("content").get(0).path("text").asText())
        .isEqualTo("from the socket");
    assertThat(storedIds(id).getFirst()).isEqualTo(event.path("id").asText());
    // The frame started a run: the default scripted LLM answers it, and the run finishes.
    await()
        .until(
            () ->
                client.frames.stream()
                    .anyMatch(
                        f ->
                            f.path("kind").asText().equals("MessageEvent")
                                && f.path("source").asText().equals("agent")));
    await()
        .until(
            () ->
                client.frames.stream()
                    .anyMatch(
                        f ->
                            f.path("key").asText().equals("execution_status")
                                && f.path("value").asText().equals("finished")));
    client.close();
  }

  @Test
  void aBadFrameGetsAServerErrorAndTheConnectionStays() {
    String id = create();
    WsClient client = WsClient.connect(path(id, "session_api_key=" + KEY));
    client.send("this is not json");
    client.send("{\"unrelated\": true}");
    await().until(() -> client.frames.size() == 3);
    for (JsonNode error : client.frames.subList(1, 3)) {
      assertThat(error.path("kind").asText()).isEqualTo("ServerErrorEvent");
      assertThat(error.path("source").asText()).isEqualTo("environment");
      assertThat(error.path("code").asText()).isNotEmpty();
      assertThat(error.path("detail").asText()).isNotEmpty();
    }
    post(id, "after the errors");
    await().until(() -> client.frames.size() == 4);
    assertThat(client.frames.get(3).path("kind").asText()).isEqualTo("MessageEvent");
    assertThat(storedIds(id)).hasSize(1);
    client.close();
  }

  @Test
  void twoSubscribersBothReceive() {
    String id = create();
    WsClient a = WsClient.connect(path(id, "session_api_key=" + KEY));
    WsClient b = WsClient.connect(path(id, "session_api_key=" + KEY));
    await().until(() -> a.frames.size() == 1 && b.frames.size() == 1);
    post(id, "one");
    post(id, "two");
    await().until(() -> a.frames.size() == 3 && b.frames.size() == 3);
    assertThat(a.ids(1)).isEqualTo(b.ids(1)).isEqualTo(storedIds(id));
    a.close();
    b.close();
  }

  @Test
  void aStalledSubscriberIsClosedAndOthersKeepReceiving() {
    String id = create();
    WsClient stalled = WsClient.connect(path(id, "session_api_key=" + KEY));
    WsClient healthy = WsClient.connect(path(id, "session_api_key=" + KEY));
    await().until(() -> stalled.frames.size() == 1 && healthy.frames.size() == 1);
    stalled.stopReading();
    // Large events fill the TCP buffers quickly; then the stalled queue (8) overflows.
    String big = "x".repeat(50_000);
    int[] posted = {0};
    await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () -> {
              post(id, big);
              posted[0]++;
              return service.get(UUID.fromString(id)).orElseThrow().subscriberCount() == 1;
            });
    post(id, "after the drop");
    int expected = 1 + posted[0] + 1;
    await().until(() -> healthy.frames.size() == expected);
    assertThat(healthy.ids(1)).isEqualTo(storedIds(id));
    assertThat(healthy.closeCode).isNotDone();
    healthy.close();
    stalled.close();
  }

  private static String path(String id, String query) {
    return "/sockets/events/" + id + (query.isEmpty() ? "" : "?" + query);
  }

  private static RequestSpecification api() {
    return given().header("X-Session-API-Key", KEY).contentType(ContentType.JSON);
  }

  private static String create() {
    return api()
        .body(Bodies.start(null, ""))
        .post("/api/conversations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  // Without a run: these tests are about delivery, and a run would add events of its own.
  private static void post(String id, String text) {
    api()
        .body(Bodies.message(text, false))
        .post("/api/conversations/{id}/events", id)
        .then()
        .statusCode(200);
  }

  private static List<JsonNode> storedEvents(String id) {
    List<JsonNode> all = new ArrayList<>();
    String page = null;
    do {
      var spec = api().queryParam("limit", 100).queryParam("sort_order", "TIMESTAMP");
      if (page != null) {
        spec.queryParam("page_id", page);
      }
      String body =
          spec.get("/api/conversations/{id}/events/search", id)
              .then()
              .statusCode(200)
              .extract()
              .asString();
      try {
        JsonNode answer = dev.jhands.events.json.Wire.mapper().readTree(body);
        answer.path("items").forEach(all::add);
        page =
            answer.path("next_page_id").isTextual() ? answer.path("next_page_id").asText() : null;
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } while (page != null);
    return all;
  }

  private static List<String> storedIds(String id) {
    return storedEvents(id).stream().map(e -> e.path("id").asText()).toList();
  }
}
