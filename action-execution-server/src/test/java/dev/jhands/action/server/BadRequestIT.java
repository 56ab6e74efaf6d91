package dev.jhands.action.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx whose {@code detail} says what is wrong, never a 500. */
@QuarkusTest
class BadRequestIT {

  private static ValidatableResponse post(String body) {
    return given().contentType("application/json").body(body).post("/execute_action").then();
  }

  @Test
  void malformedJson() {
    post("{\"action\": {\"action\": \"run\", ")
        .statusCode(400)
        .body("detail", containsString("end-of-input"));
  }

  @Test
  void bodyWithoutAnAction() {
    post("{}").statusCode(400).body("detail", containsString("action"));
  }

  @Test
  void unknownActionTypeNamesTheField() {
    post("{\"action\": {\"action\": \"frobnicate\", \"args\": {}}}")
        .statusCode(400)
        .body("detail", containsString("Unknown action type 'frobnicate' in field 'action'"));
  }

  @Test
  void unknownArgumentNamesIt() {
    post("{\"action\": {\"action\": \"run\", \"args\": {\"command\": \"ls\", \"colour\": 1}}}")
        .statusCode(400)
        .body("detail", containsString("Unknown argument 'colour'"));
  }

  @Test
  void missingArgumentNamesIt() {
    post("{\"action\": {\"action\": \"read\", \"args\": {}}}")
        .statusCode(400)
        .body("detail", containsString("'path'"));
  }

  @Test
  void anActionTheAgentHandlesItselfIsRefused() {
    post("{\"action\": {\"action\": \"think\", \"args\": {\"thought\": \"hmm\"}}}")
        .statusCode(400)
        .body("detail", containsString("'think' is not executed"));
  }

  @Test
  void unknownRouteIsA404WithDetail() {
    given()
        .get("/no/such/route")
        .then()
        .statusCode(404)
        .body("detail", containsString("Not Found"));
  }
}
