package dev.jhands.action.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServerInfoIT {

  @Test
  void aliveAnswersOk() {
    given().get("/alive").then().statusCode(200).body("status", equalTo("ok"));
  }

  @Test
  void serverInfoReportsUptimeIdleTimeAndResources() {
    JsonPath info = given().get("/server_info").then().statusCode(200).extract().jsonPath();

    assertThat(number(info, "uptime")).isGreaterThan(0);
    assertThat(number(info, "idle_time")).isGreaterThanOrEqualTo(0);
    assertThat(number(info, "resources.cpu_percent")).isGreaterThanOrEqualTo(0);
    assertThat(number(info, "resources.memory.rss")).isGreaterThan(0);
    assertThat(number(info, "resources.memory.vms"))
        .isGreaterThanOrEqualTo(number(info, "resources.memory.rss"));
    assertThat(number(info, "resources.memory.percent")).isBetween(0.0, 100.0);
    assertThat(number(info, "resources.disk.total")).isGreaterThan(0);
    assertThat(number(info, "resources.disk.percent")).isBetween(0.0, 100.0);
    assertThat(number(info, "resources.io.read_bytes")).isGreaterThanOrEqualTo(0);
    assertThat(number(info, "resources.io.write_bytes")).isGreaterThanOrEqualTo(0);
  }

  private static double number(JsonPath json, String path) {
    Number value = json.get(path);
    assertThat(value).as(path).isNotNull();
    return value.doubleValue();
  }
}
