package dev.jhands.runtime.sandbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.TestConfigs;
import dev.jhands.runtime.backend.Launch;
import dev.jhands.runtime.process.ProcessBackend;
import dev.jhands.runtime.tenant.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runtime API killed between launching a sandbox process and recording its handle: the restarted
 * one finds a claim without a handle, says {@code error}, and ends the process it never recorded,
 * so nothing is leaked. The process and the record files are real; the kill is the point where the
 * first instance is dropped.
 */
class InterruptedStartIT {

  private static final Tenant TENANT = new Tenant("t", 10);

  @TempDir Path state;

  @Test
  void aSandboxLaunchedButNeverRecordedIsEndedAtRestart() throws Exception {
    RuntimeApiConfig config =
        TestConfigs.runtime(
            Map.of(
                "jhands.runtime.state-dir",
                state.toString(),
                "jhands.runtime.process.stop-grace",
                "1s"));
    FileRecordStore store = new FileRecordStore(state);
    ProcessBackend backend = new ProcessBackend(config);
    long now = System.currentTimeMillis();
    // What start() records before the fork: the claim, with no handle yet. Then the process is
    // launched, and the runtime API dies before the handle is written.
    SandboxRecord claim =
        new SandboxRecord(
            "interrupted",
            TENANT.name(),
            "s",
            "img",
            RuntimeCommand.ofArgv("sleep", "600"),
            null,
            Map.of(),
            "key",
            RuntimeStatus.STARTING,
            null,
            null,
            0,
            null,
            0,
            now,
            now,
            null);
    store.save(claim);
    Launch orphan = backend.start(claim.launchSpec("key", 0));
    long orphanPid = Long.parseLong(orphan.handle().substring(0, orphan.handle().indexOf(':')));
    assertTrue(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false));

    Sandboxes after = new Sandboxes(config, new FileRecordStore(state), new ProcessBackend(config));

    SandboxRecord seen = after.byId(TENANT, claim.runtimeId()).orElseThrow();
    assertEquals(RuntimeStatus.ERROR, seen.status());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> ProcessHandle.of(orphanPid).map(p -> !p.isAlive()).orElse(true));
    assertTrue(Files.notExists(backend.workspace(claim.runtimeId())), "its workspace is gone");
  }
}
