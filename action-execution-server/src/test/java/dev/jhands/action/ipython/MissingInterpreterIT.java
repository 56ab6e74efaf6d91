package dev.jhands.action.ipython;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a usable Python the agent reads why, and the server keeps serving. */
@QuarkusTest
@TestProfile(MissingInterpreterIT.NoSuchPython.class)
class MissingInterpreterIT {

  public static class NoSuchPython implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("jhands.action.ipython.python", "/nonexistent/python3");
    }
  }

  @Test
  void aCellGetsAnErrorObservationThatSaysWhyAndWhatToDo() {
    for (int attempt = 0; attempt < 2; attempt++) {
      JsonPath reply = Cells.run("print(1)");
      assertThat(reply.getString("observation")).isEqualTo("error");
      assertThat(reply.getString("content"))
          .startsWith("IPython is not available: ")
          .contains("/nonexistent/python3", "install python3 with ipykernel");
      assertThat(reply.getString("extras.error_id")).isEmpty();
    }
    given().get("/alive").then().statusCode(200).body("status", equalTo("ok"));
  }
}
