package dev.jhands.runtime.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.backend.LaunchOptions;
import dev.jhands.runtime.backend.LaunchSpec;
import dev.jhands.runtime.sandbox.SandboxRecord;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerLabelsTest {

  private static LaunchSpec spec(String key, RuntimeCommand command) {
    return new LaunchSpec(
        "rt1",
        "acme",
        "session-1",
        "jhands/sandbox:latest",
        command,
        "/workspace/project",
        Map.of("GREETING", "hi", "SESSION_API_KEY", key, "RUNTIME_ID", "rt1"),
        0,
        new LaunchOptions(4, null, 10001, 10001, null, null));
  }

  @Test
  void theLabelsOfALaunchReadBackAsItsRecord() {
    Map<String, String> labels =
        DockerLabels.of("ns", spec("k1", RuntimeCommand.ofLine("run --port 60000")), 41000, 123L);
    assertTrue(DockerLabels.complete(labels));
    assertEquals("ns", labels.get(DockerLabels.NAMESPACE));

    SandboxRecord r =
        DockerLabels.record(labels, null, "127.0.0.1", RuntimeStatus.PAUSED, null, null, 5L);
    assertEquals("rt1", r.runtimeId());
    assertEquals("acme", r.tenant());
    assertEquals("session-1", r.sessionId());
    assertEquals("jhands/sandbox:latest", r.image());
    assertEquals(RuntimeCommand.ofLine("run --port 60000"), r.command());
    assertEquals("/workspace/project", r.workingDir());
    // Only the caller's environment: the variables the runtime API adds are not the record's.
    assertEquals(Map.of("GREETING", "hi"), r.environment());
    assertEquals("k1", r.sessionApiKey());
    assertEquals("http://127.0.0.1:41000", r.url());
    assertEquals(41000, r.port());
    assertEquals(123L, r.createdAt());
    assertEquals(4, r.options().resourceFactor());
    assertEquals(10001, r.options().runAsUser());
    assertEquals(RuntimeStatus.PAUSED, r.status());
    assertNull(r.handle());
  }

  @Test
  void aResumedContainersKeyAndPortWinOverTheVolumesFirstOnes() {
    Map<String, String> volume =
        DockerLabels.of("ns", spec("first", RuntimeCommand.ofArgv("run")), 41000, 100L);
    Map<String, String> container =
        DockerLabels.of("ns", spec("rotated", RuntimeCommand.ofArgv("run")), 42000, 900L);
    SandboxRecord r =
        DockerLabels.record(
            volume, container, "127.0.0.1", RuntimeStatus.STARTING, null, "cid", 7L);
    assertEquals("rotated", r.sessionApiKey());
    assertEquals(42000, r.port());
    assertEquals(100L, r.createdAt());
    assertEquals(RuntimeCommand.ofArgv("run"), r.command());
    assertEquals("cid", r.handle());
  }

  @Test
  void labelsThisBackendDidNotWriteAreNotARecord() {
    Map<String, String> labels =
        new HashMap<>(DockerLabels.of("ns", spec("k", RuntimeCommand.ofArgv("x")), 1, 1L));
    labels.remove("dev.jhands.tenant");
    assertFalse(DockerLabels.complete(labels));
    assertFalse(DockerLabels.complete(Map.of("com.example", "x")));
    assertFalse(DockerLabels.complete(null));
  }
}
