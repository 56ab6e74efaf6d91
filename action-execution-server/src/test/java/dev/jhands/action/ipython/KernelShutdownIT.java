package dev.jhands.action.ipython;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.jhands.action.ActionExecutionConfig;
import dev.jhands.action.execute.ShellWorkingDirectory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ending the kernel leaves no process behind, down to what a cell started. */
@QuarkusTest
class KernelShutdownIT {

  @Inject ActionExecutionConfig config;
  @Inject ShellWorkingDirectory shell;

  private WorkspaceDirs dirs;
  private Path cwd;

  @BeforeEach
  void ownDirectory() throws Exception {
    dirs = new WorkspaceDirs(config.workingDir());
    cwd = dirs.create("shutdown");
  }

  @AfterEach
  void leaveNoTrace() throws Exception {
    dirs.delete();
  }

  // A session of its own: shutting down the application's would break the other tests.
  @Test
  void shutdownEndsTheBridgeTheKernelAndTheirChildren() throws Exception {
    KernelSession session = new KernelSession(config, shell);
    KernelSession.Executed started =
        session.run(
            "import subprocess\nchild = subprocess.Popen(['sleep', '300'])\nprint(child.pid)",
            cwd,
            Duration.ofSeconds(30));
    long childPid = Long.parseLong(String.join("", started.result().texts()).strip());
    List<ProcessHandle> processes = session.processes();
    // The bridge, the kernel and the cell's child at least.
    assertThat(processes).hasSizeGreaterThanOrEqualTo(3);
    assertThat(processes).extracting(ProcessHandle::pid).contains(childPid);

    session.shutdown();

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> assertThat(processes).noneMatch(ProcessHandle::isAlive));
    assertThatThrownBy(() -> session.run("1", cwd, Duration.ofSeconds(5)))
        .isInstanceOf(KernelUnavailableException.class)
        .hasMessageContaining("shutting down");
  }

  @Test
  void stopEndsTheKernelAndTheNextCellStartsAFreshOne() throws Exception {
    KernelSession session = new KernelSession(config, shell);
    try {
      session.run("x = 1", cwd, Duration.ofSeconds(30));
      List<ProcessHandle> first = session.processes();
      session.stop();
      await()
          .atMost(Duration.ofSeconds(15))
          .untilAsserted(() -> assertThat(first).noneMatch(ProcessHandle::isAlive));
      KernelSession.Executed again =
          session.run("print('x' in globals())", cwd, Duration.ofSeconds(30));
      assertThat(again.result().restarted()).isTrue();
      assertThat(again.result().texts()).containsExactly("False\n");
    } finally {
      session.shutdown();
    }
  }
}
