package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.as;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class BadInputIT {

  @AfterEach
  void stopEverything() {
    Api.stopEverything();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{not json",
        "[]",
        "{\"command\": [\"true\"]}",
        "{\"image\": \"img\"}",
        "{\"image\": 5, \"command\": [\"true\"]}",
        "{\"image\": \"img\", \"command\": 5}",
        "{\"image\": \"img\", \"command\": [1]}",
        "{\"image\": \"img\", \"command\": []}",
        "{\"image\": \"img\", \"command\": \"  \"}",
        "{\"image\": \"img\", \"command\": [\"true\"], \"session_id\": \"../x\"}",
        "{\"image\": \"img\", \"command\": [\"true\"], \"session_id\": 7}",
        "{\"image\": \"img\", \"command\": [\"true\"], \"resource_factor\": 3}",
        "{\"image\": \"img\", \"command\": [\"true\"], \"resource_factor\": \"2\"}",
        "{\"image\": \"img\", \"command\": [\"true\"], \"environment\": {\"A\": 1}}",
        "{\"image\": \"img\", \"command\": [\"true\"], \"environment\": {\"A=B\": \"c\"}}",
        "{\"image\": \"img\", \"command\": [\"true\"], \"environment\": [\"A\"]}"
      })
  void aBadStartIs400WithADetail(String body) {
    as(ALPHA).body(body).post("/start").then().statusCode(400).body("detail", notNullValue());
  }

  @Test
  void anOversizedEnvironmentIs400() {
    Map<String, String> env = new HashMap<>();
    IntStream.range(0, 600).forEach(i -> env.put("V" + i, "x"));
    Map<String, Object> body =
        Map.of("image", "img", "command", List.of("true"), "environment", env);
    as(ALPHA).body(body).post("/start").then().statusCode(400).body("detail", notNullValue());
  }

  @Test
  void maliciousOrUnknownIdsAreRefused() {
    as(ALPHA).get("/runtime/a..b").then().statusCode(400).body("detail", notNullValue());
    as(ALPHA).get("/sessions/.hidden").then().statusCode(400);
    as(ALPHA).body(Map.of("runtime_id", "../../etc")).post("/stop").then().statusCode(400);
    as(ALPHA).body("{}").post("/pause").then().statusCode(400).body("detail", notNullValue());
    as(ALPHA).body("{\"runtime_id\": 5}").post("/resume").then().statusCode(400);
    as(ALPHA).body(Map.of("runtime_id", "unknown")).post("/stop").then().statusCode(404);
    as(ALPHA).body(Map.of("runtime_id", "unknown")).post("/resume").then().statusCode(404);
    as(ALPHA).get("/runtime/unknown").then().statusCode(404).body("detail", notNullValue());
  }
}
