package dev.jhands.action.bash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.jhands.events.sandbox.CmdOutputObservation;
import dev.jhands.events.sandbox.CmdRunAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session built by hand: what shutdown does, and how fast a prompt is seen. */
class BashSessionTest {

  private Path dir;
  private BashSession session;

  @BeforeEach
  void start() throws Exception {
    dir = Run.classDirectory(BashSessionTest.class);
    session =
        new BashSession(
            new BashSession.Settings(
                ShellLaunch.of("/bin/bash", Optional.empty()),
                dir,
                Duration.ofSeconds(2),
                30_000,
                100_000,
                Duration.ofSeconds(30)),
            Directories.startingAt(dir));
    session.start();
  }

  @AfterEach
  void stop() throws Exception {
    session.close();
    Run.delete(dir);
  }

  private CmdOutputObservation run(String command) throws Exception {
    return (CmdOutputObservation) session.execute(CmdRunAction.of(command), Duration.ofSeconds(10));
  }

  @Test
  void closingEndsTheShellAndEverythingStartedFromIt() throws Exception {
    Storm storm = new Storm();
    assertThat(run(storm.background()).exitCode()).isZero();
    await().atMost(Duration.ofSeconds(20)).until(() -> storm.count() >= 102);
    assertThat(storm.descendants()).isLessThan(storm.count());

    session.close();

    await().atMost(Duration.ofSeconds(10)).until(() -> storm.count() == 0);
    assertThat(storm.descendants()).isZero();
  }

  @Test
  void longCommandLinesAndHeredocsArriveWhole() throws Exception {
    String word = "w".repeat(100_000);
    assertThat(run("printf '%s' " + word + " | wc -c").content()).isEqualTo("100000");
    StringBuilder heredoc = new StringBuilder("wc -l <<'EOF'\n");
    for (int i = 0; i < 5000; i++) {
      heredoc.append("line ").append(i).append("\twith a tab\n");
    }
    heredoc.append("EOF");
    assertThat(run(heredoc.toString()).content()).isEqualTo("5000");
  }

  @Test
  void ctrlCAtAPromptEndsNoJob() throws Exception {
    Storm storm = new Storm();
    run("bash");
    run("sleep " + storm.marker + " &");
    CmdOutputObservation interrupted =
        (CmdOutputObservation) session.execute(CmdRunAction.of("C-c"), Duration.ofSeconds(10));
    assertThat(interrupted.exitCode()).isEqualTo(130);
    assertThat(storm.count()).isEqualTo(1);
    assertThat(run("exit 0").exitCode()).isZero();
  }

  @Test
  void theWorkingDirectoryFollowsTheShell() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    run("cd a");
    assertThat(run("pwd").content()).isEqualTo(dir.resolve("a").toString());
  }
}
