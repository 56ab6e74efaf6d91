package dev.jhands.runtime;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.runtime.sandbox.FileRecordStore;
import dev.jhands.runtime.sandbox.SandboxRecord;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/** Calls of the runtime API as a tenant, and the real sandbox the tests start. */
final class Api {

  static final String ALPHA = "alpha-key";
  static final String BETA = "beta-key";
  static final String SERVER =
      Path.of("src/test/resources/sandbox_server.py").toAbsolutePath().toString();

  private Api() {}

  static RequestSpecification as(String key) {
    return given().header("X-API-Key", key).contentType(ContentType.JSON);
  }

  static String newSession() {
    return "it-" + UUID.randomUUID();
  }

  static Map<String, Object> serverStart(String sessionId) {
    return Map.of(
        "image",
        "ghcr.io/openhands/agent-server:test",
        "command",
        List.of("python3", SERVER, "--port", "60000"),
        "environment",
        Map.of("GREETING", "hello"),
        "session_id",
        sessionId);
  }

  static ValidatableResponse start(String key, Map<String, Object> body) {
    return as(key).body(body).post("/start").then();
  }

  static ValidatableResponse session(String key, String sessionId) {
    return as(key).get("/sessions/" + sessionId).then();
  }

  static void awaitStatus(String key, String sessionId, String status) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> status.equals(session(key, sessionId).extract().path("status")));
  }

  static ValidatableResponse post(String key, String route, String runtimeId) {
    return as(key).body(Map.of("runtime_id", runtimeId)).post(route).then();
  }

  static Path stateDir() {
    return ConfigProvider.getConfig().getValue("jhands.runtime.state-dir", Path.class);
  }

  /** Stops every runtime of both tenants, then checks that no process any of them had lives on. */
  static void stopEverything() {
    List<ProcessHandle> processes = new ArrayList<>();
    for (SandboxRecord record : new FileRecordStore(stateDir()).loadAll()) {
      if (record.handle() != null) {
        long pid = Long.parseLong(record.handle().substring(0, record.handle().indexOf(':')));
        ProcessHandle.of(pid)
            .ifPresent(p -> Stream.concat(Stream.of(p), p.descendants()).forEach(processes::add));
      }
    }
    for (String key : List.of(ALPHA, BETA)) {
      List<String> ids =
          as(key).get("/list").then().statusCode(200).extract().path("runtimes.runtime_id");
      ids.forEach(id -> post(key, "/stop", id).statusCode(200));
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> processes.stream().noneMatch(ProcessHandle::isAlive));
    assertTrue(processes.stream().noneMatch(ProcessHandle::isAlive));
  }
}
