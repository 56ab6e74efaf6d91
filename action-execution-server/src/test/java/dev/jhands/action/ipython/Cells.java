package dev.jhands.action.ipython;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;

/** Posts {@code run_ipython} actions as an OpenHands client would. */
final class Cells {

  private Cells() {}

  static JsonPath run(String code) {
    return run(code, false, 30.0);
  }

  static JsonPath run(String code, boolean includeExtra, double timeoutSeconds) {
    Map<String, Object> args = new HashMap<>();
    args.put("code", code);
    args.put("thought", "");
    args.put("include_extra", includeExtra);
    args.put("confirmation_state", "confirmed");
    args.put("security_risk", -1);
    args.put("kernel_init_code", "");
    Map<String, Object> action = new HashMap<>();
    action.put("id", 7);
    action.put("source", "agent");
    action.put("action", "run_ipython");
    action.put("args", args);
    action.put("timeout", timeoutSeconds);
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("action", action))
        .post("/execute_action")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
