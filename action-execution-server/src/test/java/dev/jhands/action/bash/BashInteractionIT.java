package dev.jhands.action.bash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timeouts, and what the agent can do with a command that is still running. */
@QuarkusTest
@TestProfile(FastBashProfile.class)
class BashInteractionIT {

  private static final String TEMPLATE =
      "You may wait longer to see additional output by sending empty command '', send other"
          + " commands to interact with the current process, send keys (\"C-c\", \"C-z\", \"C-d\")"
          + " to interrupt/kill the previous command before sending your new command, or use the"
          + " timeout parameter in execute_bash for future commands.";
  private static final String CONTINUED = "[Below is the output of the previous command.]\n";

  private static Path dir;

  @BeforeAll
  static void createDirectory() throws Exception {
    dir = Run.classDirectory(BashInteractionIT.class);
  }

  @AfterAll
  static void deleteDirectory() throws Exception {
    Run.delete(dir);
  }

  @BeforeEach
  void reset() {
    Run.reset(dir);
  }

  private static void assertStillRunning(JsonPath obs) {
    Map<String, Object> metadata = obs.getMap("extras.metadata");
    assertThat(metadata)
        .containsEntry("exit_code", -1)
        .containsEntry("pid", -1)
        .containsEntry("username", null)
        .containsEntry("hostname", null)
        .containsEntry("working_dir", null)
        .containsEntry("py_interpreter_path", null);
    assertThat(obs.getBoolean("success")).isFalse();
  }

  @Test
  void softTimeoutShowsTheOutputSoFarAndInputCompletesTheCommand() {
    long start = System.nanoTime();
    JsonPath waiting = Run.command("echo first; read -p 'Name: ' line; echo \"got $line\"").post();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(Duration.ofMillis(1900), Duration.ofSeconds(8));
    assertStillRunning(waiting);
    assertThat(waiting.getString("content")).isEqualTo("first\nName:");
    assertThat(waiting.getString("extras.metadata.prefix")).isEmpty();
    assertThat(waiting.getString("extras.metadata.suffix"))
        .isEqualTo("\n[The command has no new output after 2 seconds. " + TEMPLATE + "]");

    JsonPath done = Run.input("hello").post();
    assertThat(done.getString("content")).isEqualTo("got hello");
    assertThat(done.getInt("extras.metadata.exit_code")).isZero();
    assertThat(done.getString("extras.metadata.prefix")).isEmpty();
    assertThat(done.getString("extras.command")).isEqualTo("hello");
  }

  @Test
  void hardTimeoutThenEmptyCommandsReadOnUntilCtrlC() {
    JsonPath first = Run.command("echo a; sleep 1.5; echo b; sleep 60").blocking(1).post();
    assertStillRunning(first);
    assertThat(first.getString("content")).isEqualTo("a");
    assertThat(first.getString("extras.metadata.suffix"))
        .isEqualTo("\n[The command timed out after 1.0 seconds. " + TEMPLATE + "]");

    JsonPath second = Run.command("").blocking(2).post();
    assertThat(second.getString("content")).isEqualTo("b");
    assertThat(second.getString("extras.metadata.prefix")).isEqualTo(CONTINUED);
    assertThat(second.getString("extras.metadata.suffix"))
        .isEqualTo("\n[The command timed out after 2.0 seconds. " + TEMPLATE + "]");

    JsonPath interrupted = Run.input("C-c").timeout(10).post();
    assertThat(interrupted.getString("content")).isEmpty();
    assertThat(interrupted.getInt("extras.metadata.exit_code")).isEqualTo(130);
    assertThat(interrupted.getString("extras.metadata.suffix"))
        .isEqualTo("\n[The command completed with exit code 130. CTRL+C was sent.]");
    assertThat(interrupted.getString("extras.metadata.working_dir")).isEqualTo(dir.toString());
  }

  @Test
  void aNewCommandWhileOneRunsIsNotExecuted() {
    Run.command("echo start; sleep 60").blocking(0.5).post();
    JsonPath refused = Run.command("touch refused.txt").post();
    assertStillRunning(refused);
    assertThat(refused.getString("content")).isEmpty();
    assertThat(refused.getString("extras.command")).isEqualTo("touch refused.txt");
    assertThat(refused.getString("extras.metadata.prefix")).isEqualTo(CONTINUED);
    assertThat(refused.getString("extras.metadata.suffix"))
        .isEqualTo(
            "\n[Your command \"touch refused.txt\" is NOT executed. The previous command is still"
                + " running - You CANNOT send new commands until the previous command is completed."
                + " By setting `is_input` to `true`, you can interact with the current process: "
                + TEMPLATE
                + "]");
    assertThat(dir.resolve("refused.txt")).doesNotExist();
    assertThat(Run.input("C-c").post().getInt("extras.metadata.exit_code")).isEqualTo(130);
  }

  @Test
  void theRefusalShowsWhatTheRunningCommandPrintedMeanwhile() throws Exception {
    Run.command("echo one; while [ ! -f go ]; do sleep 0.05; done; echo two; sleep 60")
        .blocking(0.5)
        .post();
    Files.writeString(dir.resolve("go"), "");
    JsonPath refused =
        await()
            .atMost(Duration.ofSeconds(5))
            .until(
                () -> Run.command("echo new").post(), obs -> !obs.getString("content").isEmpty());
    assertThat(refused.getString("content")).isEqualTo("two");
    assertThat(refused.getString("extras.metadata.suffix"))
        .contains("\"echo new\" is NOT executed");
  }

  @Test
  void aCommandAfterTheLastOneFinishedRunsAndShowsItsUnseenOutput() throws Exception {
    Path marker = dir.resolve("finished-a");
    Run.command("sleep 0.5; echo late; touch finished-a").blocking(0.2).post();
    await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(marker));
    JsonPath next = Run.command("echo next").post();
    assertThat(next.getString("content")).isEqualTo("late\nnext");
    assertThat(next.getInt("extras.metadata.exit_code")).isZero();
  }

  @Test
  void inputForAProgramThatAlreadyEndedIsNotTypedIntoTheShell() throws Exception {
    Path marker = dir.resolve("finished-b");
    Run.command("sleep 0.5; echo bye; touch finished-b").blocking(0.2).post();
    await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(marker));
    JsonPath done = Run.input("touch typed-too-late").post();
    assertThat(done.getString("content")).isEqualTo("bye");
    assertThat(done.getInt("extras.metadata.exit_code")).isZero();
    assertThat(done.getString("extras.metadata.suffix"))
        .isEqualTo("\n[The command completed with exit code 0.]");
    assertThat(Run.command("ls").output()).doesNotContain("typed-too-late");
  }

  @Test
  void emptyCommandAfterTheProgramEndedReportsItsCompletion() throws Exception {
    Path marker = dir.resolve("finished-c");
    Run.command("sleep 0.3; echo out; touch finished-c; (exit 4)").blocking(0.1).post();
    await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(marker));
    JsonPath done = Run.command("").post();
    assertThat(done.getString("content")).isEqualTo("out");
    assertThat(done.getInt("extras.metadata.exit_code")).isEqualTo(4);
  }

  @Test
  void multiLineInputIsTypedAsItIs() {
    JsonPath waiting = Run.command("read a; read b; echo \"$a-$b\"").blocking(0.5).post();
    assertStillRunning(waiting);
    assertThat(Run.input("x\ny").post().getString("content")).isEqualTo("x-y");
  }

  @Test
  void ctrlCAtThePromptIsACommandOfItsOwn() {
    JsonPath obs = Run.command("C-c").post();
    assertThat(obs.getInt("extras.metadata.exit_code")).isEqualTo(130);
    assertThat(obs.getString("extras.metadata.suffix"))
        .isEqualTo("\n[The command completed with exit code 130. CTRL+C was sent.]");
  }

  @Test
  void ctrlDEndsInputAndCtrlZStopsTheJob() {
    Run.command("cat").blocking(0.5).post();
    assertThat(Run.input("some text").blocking(0.3).post().getString("content"))
        .isEqualTo("some text");
    JsonPath eof = Run.input("C-d").post();
    assertThat(eof.getInt("extras.metadata.exit_code")).isZero();
    assertThat(eof.getString("extras.metadata.suffix"))
        .isEqualTo("\n[The command completed with exit code 0. CTRL+D was sent.]");

    Run.command("sleep 60").blocking(0.3).post();
    JsonPath stopped = Run.input("C-z").post();
    assertThat(stopped.getInt("extras.metadata.exit_code")).isEqualTo(148);
    assertThat(stopped.getString("content")).contains("Stopped").contains("sleep 60");
    assertThat(stopped.getString("extras.metadata.suffix"))
        .isEqualTo("\n[The command completed with exit code 148. CTRL+Z was sent.]");
    assertThat(Run.command("fg").blocking(0.3).post().getString("content")).isEqualTo("sleep 60");
    assertThat(Run.input("C-c").post().getInt("extras.metadata.exit_code")).isEqualTo(130);
  }

  @Test
  void timeoutsEchoHidden() {
    JsonPath obs = Run.command("sleep 60").with("hidden", true).blocking(0.2).post();
    assertThat(obs.getBoolean("extras.hidden")).isTrue();
    assertThat(Run.input("C-c").with("hidden", true).post().getBoolean("extras.hidden")).isTrue();
  }
}
