package dev.jhands.agent.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServerIT {

  @Test
  void answersLiveness() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/alive").then().statusCode(200).body("status", equalTo("ok"));
  }

  @Test
  void healthIsTheJsonStringOk() {
    given().get("/health").then().statusCode(200).body(equalTo("\"OK\""));
  }

  @Test
  void describesItself() {
    given()
        .get("/server_info")
        .then()
        .statusCode(200)
        .body("title", equalTo("OpenHands Agent Server"))
        .body("uptime", greaterThanOrEqualTo(0f))
        .body("idle_time", greaterThanOrEqualTo(0f))
        .body("version", notNullValue())
        .body("docs", equalTo("/docs"))
        .body("redoc", equalTo("/redoc"));
  }

  @Test
  void rootIsTheServerInfo() {
    given().get("/").then().statusCode(200).body("title", equalTo("OpenHands Agent Server"));
  }

  @Test
  void isReadyOnceStarted() {
    given().get("/ready").then().statusCode(200).body("status", equalTo("ready"));
  }

  @Test
  void withoutKeysTheApiIsOpen() {
    given().get("/api/conversations/count").then().statusCode(200);
  }

  @Test
  void unknownRouteIsJson404() {
    given().get("/api/nope").then().statusCode(404).body("detail", equalTo("Not Found"));
  }
}
