package dev.jhands.agent.init;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.jhands.agent.Bodies;
import dev.jhands.agent.secret.DiskSecrets;
import dev.jhands.agent.secret.FernetCipher;
import dev.jhands.agent.secret.SecretFixtures;
import dev.jhands.agent.store.ConversationStore;
import dev.jhands.agent.store.ConversationStore.StoredState;
import dev.jhands.agent.webhook.WebhookReceiver;
import dev.jhands.events.json.Wire;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A warm sandbox's server: dormant until {@code POST /api/init} brings the user's keys, environment
 * and webhooks. The methods run in order, because activation happens once per server.
 */
@QuarkusTest
@TestProfile(DeferredInitIT.Dormant.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeferredInitIT {

  static final String BOOTSTRAP = "bootstrap-secret";
  static final String USER_KEY = "user-key-1";
  static final String USER_KEY_2 = "user-key-2";
  static final String USER_SECRET = "user-secret-key";
  static final WebhookReceiver RECEIVER = WebhookReceiver.start();

  @AfterAll
  static void stopReceiver() {
    RECEIVER.close();
  }

  static final Path USER_CONVERSATIONS = tempDir().resolve("conversations");

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("jhands-init-user");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deferred init, with the pool's key as the session key and so the secret key. */
  public static class Dormant implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "jhands.agent.deferred-init", "true", "jhands.agent.session-api-keys", BOOTSTRAP);
    }
  }

  private static String activation() {
    return """
    {"session_api_keys": ["%s", "%s"], "secret_key": "%s", "conversations_path": "%s",
     "env": {"JHANDS_INIT_GREETING": "hello from init"},
     "webhooks": [{"base_url": "%s", "flush_delay": 0.2, "event_buffer_size": 1}],
     "web_url": "https://sandbox.example", "telemetry": null}
    """
        .formatted(USER_KEY, USER_KEY_2, USER_SECRET, USER_CONVERSATIONS, RECEIVER.baseUrl());
  }

  @Test
  @Order(1)
  void dormantAnswersOnlyTheOpenRoutesAndTheInitState() {
    given()
        .get("/api/init")
        .then()
        .statusCode(200)
        .body("state", equalTo("dormant"))
        .body("error", nullValue());
    given().get("/alive").then().statusCode(200);
    given().get("/health").then().statusCode(200);
    given().get("/server_info").then().statusCode(200);
    given().get("/ready").then().statusCode(503).body("status", equalTo("initializing"));
    given()
        .header("X-Session-API-Key", BOOTSTRAP)
        .get("/api/conversations/count")
        .then()
        .statusCode(503)
        .body("detail", containsString("call POST /api/init first"));
    given()
        .header("X-Session-API-Key", BOOTSTRAP)
        .contentType("application/json")
        .body("{\"command\": \"true\"}")
        .post("/api/bash/start_bash_command")
        .then()
        .statusCode(503);
    given().get("/api/conversations/count").then().statusCode(401);
  }

  @Test
  @Order(2)
  void refusedActivationsLeaveItDormant() {
    given().contentType("application/json").body("{}").post("/api/init").then().statusCode(401);
    given()
        .header("X-Init-API-Key", "wrong")
        .contentType("application/json")
        .body("{}")
        .post("/api/init")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Unauthorized"));
    init("{\"session_api_keys\": [\"k\"], \"bogus\": 1}")
        .statusCode(400)
        .body("detail", containsString("bogus"));
    init("{\"webhooks\": [{\"base_url\": \"ftp://app\"}]}")
        .statusCode(400)
        .body("detail", containsString("http(s)"));
    init("{\"conversations_path\": \"relative/dir\"}")
        .statusCode(400)
        .body("detail", containsString("absolute"));
    init("{\"session_api_keys\": [\"\"]}").statusCode(400);
    init("[1, 2]").statusCode(400);
    init("{not json").statusCode(400);
    given().get("/api/init").then().body("state", equalTo("dormant"));
  }

  @Test
  @Order(3)
  void activationBringsTheKeysTheEnvironmentAndTheWebhooks() {
    init(activation()).statusCode(200).body("state", equalTo("ready")).body("error", nullValue());
    given().get("/api/init").then().body("state", equalTo("ready"));
    given().get("/ready").then().statusCode(200).body("status", equalTo("ready"));

    given()
        .header("X-Session-API-Key", BOOTSTRAP)
        .get("/api/conversations/count")
        .then()
        .statusCode(401);
    given()
        .header("X-Session-API-Key", USER_KEY_2)
        .get("/api/conversations/count")
        .then()
        .statusCode(200);

    given()
        .header("X-Session-API-Key", USER_KEY)
        .contentType("application/json")
        .body("{\"command\": \"echo $JHANDS_INIT_GREETING\"}")
        .post("/api/bash/execute_bash_command")
        .then()
        .statusCode(200)
        .body("exit_code", equalTo(0))
        .body("stdout", equalTo("hello from init\n"));

    String id = UUID.randomUUID().toString();
    given()
        .header("X-Session-API-Key", USER_KEY)
        .contentType("application/json")
        .body(Bodies.start(id, SecretFixtures.SECRETS))
        .post("/api/conversations")
        .then()
        .statusCode(201);
    await().until(() -> !RECEIVER.at("/hooks/conversations").isEmpty());
    WebhookReceiver.Received info = RECEIVER.at("/hooks/conversations").get(0);
    assertThat(info.body().path("id").asText()).isEqualTo(id);
    assertThat(info.header("X-Session-API-Key")).isEqualTo(USER_KEY);
  }

  @Test
  @Order(4)
  void conversationsGoWhereTheActivationSaidEncryptedWithItsKey() throws IOException {
    List<StoredState> stored =
        new ConversationStore(
                USER_CONVERSATIONS,
                Wire.mapper(),
                DiskSecrets.encrypting(Wire.mapper(), new FernetCipher(USER_SECRET)))
            .loadAll();
    assertThat(stored).hasSize(1);
    assertThat(SecretFixtures.staticValue(stored.get(0).meta())).isEqualTo(SecretFixtures.STATIC);
    assertThat(SecretFixtures.allFiles(USER_CONVERSATIONS)).doesNotContain(SecretFixtures.STATIC);
  }

  @Test
  @Order(5)
  void aSecondActivationIsRefused() {
    // The init key is now the activation's secret_key, as in the SDK.
    init(activation()).statusCode(401);
    init(USER_SECRET, activation())
        .statusCode(400)
        .body("detail", equalTo("server already in state: ready"));
  }

  private static io.restassured.response.ValidatableResponse init(String body) {
    return init(BOOTSTRAP, body);
  }

  private static io.restassured.response.ValidatableResponse init(String key, String body) {
    return given()
        .header("X-Init-API-Key", key)
        .contentType("application/json")
        .body(body)
        .post("/api/init")
        .then();
  }
}
