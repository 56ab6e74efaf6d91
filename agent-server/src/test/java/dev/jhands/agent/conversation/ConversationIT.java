package dev.jhands.agent.conversation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.jhands.agent.AgentServerConfig;
import dev.jhands.agent.Bodies;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConversationIT {

  @Inject AgentServerConfig config;

  static RequestSpecification json() {
    return given().contentType(ContentType.JSON);
  }

  static String create(String extra) {
    return createFrom(Bodies.start(null, extra));
  }

  static String createFrom(String body) {
    return json().body(body).post("/api/conversations").then().statusCode(201).extract().path("id");
  }

  @Test
  void startsThenAnswersTheSameConversationAgain() {
    String id = UUID.randomUUID().toString();
    json()
        .body(Bodies.start(id, ""))
        .post("/api/conversations")
        .then()
        .statusCode(201)
        .body("id", equalTo(id))
        .body("execution_status", equalTo("idle"))
        .body("agent.llm.api_key", equalTo("**********"))
        .body("workspace.working_dir", equalTo("/tmp/jhands-agent-ws"));
    json()
        .body(Bodies.start(id.replace("-", ""), ""))
        .post("/api/conversations")
        .then()
        .statusCode(200)
        .body("id", equalTo(id));
    assertThat(config.conversationsPath().resolve(id.replace("-", "")).resolve("meta.json"))
        .exists();
  }

  @Test
  void initialMessageBecomesTheFirstEventAndRuns() {
    // The SDK runs an initial message even when its own run flag is false.
    String id = create("\"initial_message\": " + Bodies.message("hello", false));
    Bodies.awaitStatus(id, "finished");
    given()
        .get("/api/conversations/{id}/events/search", id)
        .then()
        .statusCode(200)
        .body("items[0].kind", equalTo("MessageEvent"))
        .body("items[0].source", equalTo("user"))
        .body("items[0].llm_message.content[0].text", equalTo("hello"))
        .body("items.find { it.source == 'agent' && it.kind == 'MessageEvent' }", notNullValue());
  }

  @Test
  void getsByEitherIdForm() {
    String id = create("");
    given().get("/api/conversations/{id}", id).then().statusCode(200).body("id", equalTo(id));
    given().get("/api/conversations/{id}", id.replace("-", "")).then().statusCode(200);
    given()
        .get("/api/conversations/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("detail", containsString("not found"));
    given().get("/api/conversations/not-a-uuid").then().statusCode(400);
  }

  @Test
  void batchAnswersNullsForMissingInOrder() {
    String a = create("");
    String b = create("");
    given()
        .queryParam("ids", b, UUID.randomUUID().toString(), a)
        .get("/api/conversations")
        .then()
        .statusCode(200)
        .body("[0].id", equalTo(b))
        .body("[1]", nullValue())
        .body("[2].id", equalTo(a));
  }

  @Test
  void searchPagesInCreationOrder() {
    List<String> mine = List.of(create(""), create(""), create(""));
    List<String> seen = new ArrayList<>();
    String page = null;
    do {
      var spec = given().queryParam("limit", 2).queryParam("sort_order", "CREATED_AT");
      if (page != null) {
        spec.queryParam("page_id", page);
      }
      var answer = spec.get("/api/conversations/search").then().statusCode(200).extract();
      seen.addAll(answer.jsonPath().getList("items.id", String.class));
      page = answer.path("next_page_id");
    } while (page != null);

    assertThat(seen).doesNotHaveDuplicates().containsSubsequence(mine);
    List<String> desc =
        given()
            .get("/api/conversations/search")
            .then()
            .extract()
            .jsonPath()
            .getList("items.id", String.class);
    assertThat(desc).containsSubsequence(mine.reversed());
  }

  @Test
  void searchAndCountFilterByStatus() {
    create("");
    int all =
        given().get("/api/conversations/count").then().statusCode(200).extract().as(int.class);
    int idle =
        given()
            .queryParam("status", "idle")
            .get("/api/conversations/count")
            .then()
            .extract()
            .as(int.class);
    assertThat(idle).isPositive().isLessThanOrEqualTo(all);
    given()
        .queryParam("status", "finished")
        .get("/api/conversations/search")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void rejectsBadSearchParameters() {
    given().queryParam("limit", 0).get("/api/conversations/search").then().statusCode(400);
    given().queryParam("limit", 101).get("/api/conversations/search").then().statusCode(400);
    given()
        .queryParam("sort_order", "SIDEWAYS")
        .get("/api/conversations/search")
        .then()
        .statusCode(400)
        .body("detail", containsString("sort_order"));
    given().queryParam("status", "bored").get("/api/conversations/count").then().statusCode(400);
  }

  @Test
  void renames() {
    String id = create("");
    json()
        .body("{\"title\": \"New name\"}")
        .patch("/api/conversations/{id}", id)
        .then()
        .statusCode(200)
        .body("success", equalTo(true));
    given().get("/api/conversations/{id}", id).then().body("title", equalTo("New name"));
    json()
        .body("{\"title\": \"x\"}")
        .patch("/api/conversations/{id}", UUID.randomUUID())
        .then()
        .statusCode(200)
        .body("success", equalTo(false));
    json().body("{\"title\": \"\"}").patch("/api/conversations/{id}", id).then().statusCode(400);
    json()
        .body("{\"title\": \"" + "x".repeat(201) + "\"}")
        .patch("/api/conversations/{id}", id)
        .then()
        .statusCode(400);
  }

  @Test
  void deleteRemovesTheDirectoryButKeepsTheWorkspace() throws Exception {
    Path workspace = Files.createTempDirectory("jhands-agent-ws");
    String id =
        createFrom(Bodies.start(null, "").replace("/tmp/jhands-agent-ws", workspace.toString()));
    Path dir = config.conversationsPath().resolve(id.replace("-", ""));
    assertThat(dir).exists();

    given()
        .delete("/api/conversations/{id}", id)
        .then()
        .statusCode(200)
        .body("success", equalTo(true));

    assertThat(dir).doesNotExist();
    assertThat(workspace).exists();
    given().get("/api/conversations/{id}", id).then().statusCode(404);
    given().delete("/api/conversations/{id}", id).then().statusCode(400);
  }

  @Test
  void malformedJsonIs400() {
    json()
        .body("{\"agent\": ")
        .post("/api/conversations")
        .then()
        .statusCode(400)
        .body("detail", containsString("JSON"));
    json().body("{}").post("/api/conversations").then().statusCode(400);
    json()
        .body(Bodies.start("nope", ""))
        .post("/api/conversations")
        .then()
        .statusCode(400)
        .body("detail", containsString("conversation_id"));
  }
}
