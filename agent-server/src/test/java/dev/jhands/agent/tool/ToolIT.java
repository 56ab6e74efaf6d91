package dev.jhands.agent.tool;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ToolIT {

  @Test
  void toolsAreTheDefaultPresetsRegistryNames() {
    for (String path : new String[] {"/api/tools/", "/api/tools"}) {
      given()
          .get(path)
          .then()
          .statusCode(200)
          .body("$", contains("terminal", "file_editor", "task_tracker", "browser_tool_set"));
    }
  }
}
