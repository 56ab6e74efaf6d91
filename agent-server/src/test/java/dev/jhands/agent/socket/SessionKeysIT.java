package dev.jhands.agent.socket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.jhands.agent.Bodies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Several session keys, configured as the indexed list {@code OH_SESSION_API_KEYS_<n>} becomes:
 * each one opens REST and the socket, anything else is refused.
 */
@QuarkusTest
@TestProfile(SessionKeysIT.ThreeKeys.class)
class SessionKeysIT {

  public static class ThreeKeys implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "jhands.agent.session-api-keys[0]", "key-zero",
          "jhands.agent.session-api-keys[1]", "key-one",
          "jhands.agent.session-api-keys[2]", "key-two");
    }
  }

  @Test
  void everyKeyOpensRest() {
    for (String key : new String[] {"key-zero", "key-one", "key-two"}) {
      given()
          .header("X-Session-API-Key", key)
          .get("/api/conversations/count")
          .then()
          .statusCode(200);
    }
    given()
        .header("X-Session-API-Key", "key-three")
        .get("/api/conversations/count")
        .then()
        .statusCode(401);
    given()
        .header("X-Session-API-Key", "key-zero,key-one")
        .get("/api/conversations/count")
        .then()
        .statusCode(401);
  }

  @Test
  void everyKeyOpensTheSocket() {
    String id = UUID.randomUUID().toString();
    given()
        .header("X-Session-API-Key", "key-zero")
        .contentType("application/json")
        .body(Bodies.start(id, ""))
        .post("/api/conversations")
        .then()
        .statusCode(201);
    WsClient byQuery = WsClient.connect("/sockets/events/" + id + "?session_api_key=key-two");
    WsClient byHeader =
        WsClient.connect("/sockets/events/" + id, Map.of("X-Session-API-Key", "key-one"));
    await().until(() -> byQuery.frames.size() == 1 && byHeader.frames.size() == 1);
    byQuery.close();
    byHeader.close();

    WsClient wrong = WsClient.connect("/sockets/events/" + id + "?session_api_key=key-three");
    assertThat(wrong.closeCode.join()).isEqualTo(4001);
  }
}
