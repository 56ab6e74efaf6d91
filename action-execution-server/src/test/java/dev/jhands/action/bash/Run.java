package dev.jhands.action.bash;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** A {@code run} action posted to {@code /execute_action} as real JSON. */
final class Run {

  private final Map<String, Object> args = new LinkedHashMap<>();
  private Double timeout;

  private Run(String command) {
    args.put("command", command);
    args.put("is_input", false);
    args.put("thought", "");
    args.put("blocking", false);
    args.put("is_static", false);
    args.put("cwd", null);
    args.put("hidden", false);
    args.put("confirmation_state", "confirmed");
    args.put("security_risk", -1);
  }

  static Run command(String command) {
    return new Run(command);
  }

  static Run input(String text) {
    return new Run(text).with("is_input", true);
  }

  Run with(String arg, Object value) {
    args.put(arg, value);
    return this;
  }

  /** A hard timeout with no soft one, as the agent's own timeout is. */
  Run blocking(double seconds) {
    args.put("blocking", true);
    timeout = seconds;
    return this;
  }

  Run timeout(double seconds) {
    timeout = seconds;
    return this;
  }

  Map<String, Object> body() {
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("action", "run");
    action.put("args", args);
    if (timeout != null) {
      action.put("timeout", timeout);
    }
    return Map.of("action", action);
  }

  JsonPath post() {
    return given()
        .contentType("application/json")
        .body(body())
        .post("/execute_action")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Output only, for the many tests that check nothing else. */
  String output() {
    return post().getString("content");
  }

  /** A fresh directory for one test class under the workspace other test runs share. */
  static Path classDirectory(Class<?> testClass) throws IOException {
    Path root = Path.of(System.getProperty("java.io.tmpdir"), "jhands-aes-test", "workspace");
    Files.createDirectories(root);
    return Files.createDirectory(
        root.resolve("bash-" + testClass.getSimpleName() + "-" + UUID.randomUUID()));
  }

  static void delete(Path directory) throws IOException {
    if (directory == null || !Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Ends whatever a test left running, then goes to the test's directory. */
  static void reset(Path directory) {
    Run.input("C-c").timeout(5).post();
    String cd =
        Run.command("cd " + ShellInit.quote(directory.toString()))
            .post()
            .getString("extras.metadata.suffix");
    if (!cd.contains("exit code 0")) {
      throw new IllegalStateException("could not reset the shell: " + cd);
    }
  }
}
