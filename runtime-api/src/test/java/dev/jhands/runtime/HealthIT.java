package dev.jhands.runtime;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthIT {

  @Test
  void answersLiveness() {
    given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }
}
