package dev.jhands.action.file;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Test plumbing: a private directory under the shared test workspace (other engineers' tests run
 * there concurrently, so each class works in its own and never touches the root), and actions
 * posted to {@code /execute_action} as real JSON.
 */
final class Sandbox {

  static final ObjectMapper JSON = new ObjectMapper();

  private Sandbox() {}

  static Path workspaceRoot() {
    return Path.of(ConfigProvider.getConfig().getValue("jhands.action.working-dir", String.class))
        .toAbsolutePath()
        .normalize();
  }

  /** A fresh directory for one test class, under the workspace root. */
  static Path directoryFor(Class<?> testClass) {
    try {
      return Files.createDirectories(
          workspaceRoot()
              .resolve(
                  "files-"
                      + testClass.getSimpleName()
                      + "-"
                      + UUID.randomUUID().toString().substring(0, 8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  static ObjectNode action(String type) {
    ObjectNode action = JSON.createObjectNode();
    action.put("action", type);
    action.putObject("args");
    return action;
  }

  static ValidatableResponse post(String actionJson) {
    return given()
        .contentType("application/json")
        .body("{\"action\": " + actionJson + "}")
        .post("/execute_action")
        .then();
  }

  /** The observation for an action that must succeed at the HTTP level. */
  static JsonNode execute(String actionJson) {
    String body = post(actionJson).statusCode(200).extract().asString();
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode execute(ObjectNode action) {
    return execute(action.toString());
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
