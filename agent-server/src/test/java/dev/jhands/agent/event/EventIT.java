package dev.jhands.agent.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.jhands.agent.Bodies;
import dev.jhands.agent.sandbox.TestSandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventIT {

  private static final String QUALIFIED_MESSAGE =
      "openhands.sdk.event.llm_convertible.message.MessageEvent";

  static String create() {
    return given()
        .contentType(ContentType.JSON)
        .body(Bodies.start(null, ""))
        .post("/api/conversations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static void send(String id, String text, boolean run) {
    given()
        .contentType(ContentType.JSON)
        .body(Bodies.message(text, run))
        .post("/api/conversations/{id}/events", id)
        .then()
        .statusCode(200)
        .body("success", equalTo(true));
  }

  static List<String> ids(String id, String sortOrder) {
    return given()
        .queryParam("sort_order", sortOrder)
        .get("/api/conversations/{id}/events/search", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }

  @Test
  void sendAppendsUserMessagesAndRunStartsTheAgent() {
    String id = create();
    send(id, "one", false);
    given().get("/api/conversations/{id}", id).then().body("execution_status", equalTo("idle"));
    send(id, "two", true);

    Bodies.awaitStatus(id, "finished");
    given()
        .queryParam("kind", "MessageEvent")
        .get("/api/conversations/{id}/events/search", id)
        .then()
        .body("items", hasSize(3))
        .body("items[0].llm_message.content[0].text", equalTo("one"))
        .body("items[1].llm_message.content[0].text", equalTo("two"))
        .body("items[1].llm_message.role", equalTo("user"))
        .body("items[2].source", equalTo("agent"))
        .body("items[2].llm_message.content[0].text", equalTo(TestSandbox.DEFAULT_ANSWER));
  }

  @Test
  void searchPagesAndSortsBothWays() {
    String id = create();
    for (int i = 0; i < 5; i++) {
      send(id, "m" + i, false);
    }
    List<String> ascending = ids(id, "TIMESTAMP");
    assertThat(ids(id, "TIMESTAMP_DESC")).isEqualTo(ascending.reversed());

    List<String> paged = new ArrayList<>();
    String page = null;
    do {
      var spec = given().queryParam("limit", 2);
      if (page != null) {
        spec.queryParam("page_id", page);
      }
      var answer =
          spec.get("/api/conversations/{id}/events/search", id).then().statusCode(200).extract();
      paged.addAll(answer.jsonPath().getList("items.id", String.class));
      page = answer.path("next_page_id");
    } while (page != null);
    assertThat(paged).isEqualTo(ascending).hasSize(5);
  }

  @Test
  void filtersByKindInEitherSpelling() {
    String id = create();
    send(id, "hi", false);
    given().post("/api/conversations/{id}/pause", id).then().statusCode(200);

    for (String kind : List.of("MessageEvent", QUALIFIED_MESSAGE)) {
      given()
          .queryParam("kind", kind)
          .get("/api/conversations/{id}/events/search", id)
          .then()
          .body("items", hasSize(1))
          .body("items[0].kind", equalTo("MessageEvent"));
      given()
          .queryParam("kind", kind)
          .get("/api/conversations/{id}/events/count", id)
          .then()
          .body(equalTo("1"));
    }
    given().get("/api/conversations/{id}/events/count", id).then().body(equalTo("3"));
  }

  @Test
  void filtersByTimestampWindow() {
    String id = create();
    send(id, "a", false);
    String first =
        given()
            .get("/api/conversations/{id}/events/search", id)
            .then()
            .extract()
            .path("items[0].timestamp");

    given()
        .queryParam("timestamp__gte", first)
        .get("/api/conversations/{id}/events/count", id)
        .then()
        .body(equalTo("1"));
    given()
        .queryParam("timestamp__lt", first)
        .get("/api/conversations/{id}/events/count", id)
        .then()
        .body(equalTo("0"));
    given()
        .queryParam("timestamp__gte", "yesterday")
        .get("/api/conversations/{id}/events/search", id)
        .then()
        .statusCode(400)
        .body("detail", containsString("timestamp__gte"));
  }

  @Test
  void getsOneOrManyById() {
    String id = create();
    send(id, "x", false);
    String eventId = ids(id, "TIMESTAMP").getFirst();

    given()
        .get("/api/conversations/{id}/events/{e}", id, eventId)
        .then()
        .statusCode(200)
        .body("id", equalTo(eventId));
    given().get("/api/conversations/{id}/events/{e}", id, "missing").then().statusCode(404);
    given()
        .queryParam("event_ids", "missing", eventId)
        .get("/api/conversations/{id}/events", id)
        .then()
        .statusCode(200)
        .body("[0]", nullValue())
        .body("[1].id", equalTo(eventId));
  }

  @Test
  void rejectsBadInput() {
    String id = create();
    given()
        .queryParam("sort_order", "RANDOM")
        .get("/api/conversations/{id}/events/search", id)
        .then()
        .statusCode(400);
    given()
        .queryParam("limit", 500)
        .get("/api/conversations/{id}/events/search", id)
        .then()
        .statusCode(400);
    given().get("/api/conversations/{id}/events/search", UUID.randomUUID()).then().statusCode(404);
    given()
        .contentType(ContentType.JSON)
        .body("{\"role\": ")
        .post("/api/conversations/{id}/events", id)
        .then()
        .statusCode(400);
  }
}
