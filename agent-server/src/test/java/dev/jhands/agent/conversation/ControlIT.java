package dev.jhands.agent.conversation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.jhands.agent.AgentServerConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pause, secrets and the confirmation policy. */
@QuarkusTest
class ControlIT {

  @Inject AgentServerConfig config;

  private static List<String> kinds(String id) {
    return given()
        .get("/api/conversations/{id}/events/search", id)
        .then()
        .extract()
        .jsonPath()
        .getList("items.kind", String.class);
  }

  @Test
  void pauseEmitsAPauseEventAndAStatusUpdate() {
    String id = ConversationIT.create("");
    given()
        .post("/api/conversations/{id}/pause", id)
        .then()
        .statusCode(200)
        .body("success", equalTo(true));

    given().get("/api/conversations/{id}", id).then().body("execution_status", equalTo("paused"));
    assertThat(kinds(id)).containsExactly("PauseEvent", "ConversationStateUpdateEvent");
    given()
        .queryParam("kind", "ConversationStateUpdateEvent")
        .get("/api/conversations/{id}/events/search", id)
        .then()
        .body("items[0].key", equalTo("execution_status"))
        .body("items[0].value", equalTo("paused"));

    // Pausing a paused conversation changes nothing, as in the SDK.
    given().post("/api/conversations/{id}/pause", id).then().statusCode(200);
    assertThat(kinds(id)).hasSize(2);
    given().post("/api/conversations/{id}/pause", UUID.randomUUID()).then().statusCode(400);
  }

  @Test
  void secretsAreListedMaskedAndNeverWrittenInClear() throws Exception {
    String id = ConversationIT.create("");
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"secrets\": {\"GITHUB_TOKEN\": {\"kind\": \"StaticSecret\", \"value\":"
                + " \"ghp_clear\"}}}")
        .post("/api/conversations/{id}/secrets", id)
        .then()
        .statusCode(200)
        .body("success", equalTo(true));

    given()
        .get("/api/conversations/{id}", id)
        .then()
        .body("secret_registry.secret_sources.GITHUB_TOKEN.value", equalTo("**********"));
    var dir = config.conversationsPath().resolve(id.replace("-", ""));
    assertThat(Files.readString(dir.resolve("meta.json"))).doesNotContain("ghp_clear");
    assertThat(Files.readString(dir.resolve("base_state.json"))).doesNotContain("ghp_clear");
  }

  @Test
  void confirmationPolicyIsStoredAndAnnounced() {
    String id = ConversationIT.create("");
    given()
        .contentType(ContentType.JSON)
        .body("{\"policy\": {\"kind\": \"AlwaysConfirm\"}}")
        .post("/api/conversations/{id}/confirmation_policy", id)
        .then()
        .statusCode(200);

    given()
        .get("/api/conversations/{id}", id)
        .then()
        .body("confirmation_policy.kind", equalTo("AlwaysConfirm"));
    given()
        .get("/api/conversations/{id}/events/search", id)
        .then()
        .body("items[0].key", equalTo("confirmation_policy"))
        .body("items[0].value.kind", equalTo("AlwaysConfirm"));
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/conversations/{id}/confirmation_policy", id)
        .then()
        .statusCode(400);
  }

  @Test
  void theSecurityAnalyzerIsStateAndCanBeCleared() {
    String id = ConversationIT.create("");
    given()
        .contentType(ContentType.JSON)
        .body("{\"security_analyzer\": {\"kind\": \"LLMSecurityAnalyzer\"}}")
        .post("/api/conversations/{id}/security_analyzer", id)
        .then()
        .statusCode(200)
        .body("success", equalTo(true));
    given()
        .get("/api/conversations/{id}", id)
        .then()
        .body("security_analyzer.kind", equalTo("LLMSecurityAnalyzer"));
    assertThat(kinds(id)).containsExactly("ConversationStateUpdateEvent");

    given()
        .contentType(ContentType.JSON)
        .body("{\"security_analyzer\": null}")
        .post("/api/conversations/{id}/security_analyzer", id)
        .then()
        .statusCode(200);
    given()
        .get("/api/conversations/{id}", id)
        .then()
        .body("security_analyzer", org.hamcrest.Matchers.nullValue());
    given()
        .contentType(ContentType.JSON)
        .body("{\"security_analyzer\": {\"kind\": \"Nonsense\"}}")
        .post("/api/conversations/{id}/security_analyzer", id)
        .then()
        .statusCode(400);
  }
}
