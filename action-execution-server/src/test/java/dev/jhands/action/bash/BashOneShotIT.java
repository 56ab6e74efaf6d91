package dev.jhands.action.bash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code is_static}: a throw-away shell that leaves the persistent one alone. */
@QuarkusTest
@TestProfile(FastBashProfile.class)
class BashOneShotIT {

  private static Path dir;

  @BeforeAll
  static void createDirectory() throws Exception {
    dir = Run.classDirectory(BashOneShotIT.class);
    Files.createDirectories(dir.resolve("other"));
  }

  @AfterAll
  static void deleteDirectory() throws Exception {
    Run.delete(dir);
  }

  @BeforeEach
  void reset() {
    Run.reset(dir);
  }

  private static Run oneShot(String command) {
    return Run.command(command).with("is_static", true);
  }

  @Test
  void runsInItsDirectoryWithoutTheSessionsState() {
    Run.command("export JH_S=session").post();
    Path other = dir.resolve("other");
    JsonPath obs =
        oneShot("pwd; echo ${JH_S:-unset}; cd /; exit 5")
            .with("cwd", other.toString())
            .with("hidden", true)
            .post();
    assertThat(obs.getString("content")).isEqualTo(other + "\nunset");
    assertThat(obs.getInt("extras.metadata.exit_code")).isEqualTo(5);
    assertThat(obs.getString("extras.metadata.working_dir")).isEqualTo(other.toString());
    assertThat(obs.getString("extras.metadata.username"))
        .isEqualTo(System.getProperty("user.name"));
    assertThat(obs.getString("extras.metadata.hostname")).isEqualTo(Hostname.SHORT);
    assertThat(obs.getString("extras.metadata.suffix"))
        .isEqualTo("\n[The command completed with exit code 5.]");
    assertThat(obs.getBoolean("extras.hidden")).isTrue();
    assertThat(Run.command("pwd").output()).isEqualTo(dir.toString());
  }

  @Test
  void aRelativeOrMissingCwdIsTheShellsDirectory() {
    assertThat(oneShot("pwd").with("cwd", "other").output())
        .isEqualTo(dir.resolve("other").toString());
    JsonPath here = oneShot("pwd").post();
    assertThat(here.getString("content")).isEqualTo(dir.toString());
    assertThat(here.getBoolean("success")).isTrue();
    JsonPath missing = oneShot("pwd").with("cwd", "nowhere").post();
    assertThat(missing.getString("content"))
        .isEqualTo("bash: cd: " + dir.resolve("nowhere") + ": No such file or directory");
    assertThat(missing.getInt("extras.metadata.exit_code")).isEqualTo(1);
  }

  @Test
  void itIsEndedAtTheHardTimeoutWithAllItStarted() {
    Storm storm = new Storm();
    JsonPath obs =
        oneShot("echo begun; sleep " + storm.marker + " & sleep " + storm.marker)
            .blocking(1)
            .post();
    assertThat(obs.getString("content")).isEqualTo("begun");
    assertThat(obs.getInt("extras.metadata.exit_code")).isEqualTo(-1);
    assertThat(obs.getString("extras.metadata.suffix"))
        .startsWith("\n[The command timed out after 1.0 seconds. You may wait longer");
    await().atMost(Duration.ofSeconds(5)).until(() -> storm.count() == 0);
    // Nothing is left running in the persistent shell either.
    assertThat(Run.command("echo free").output()).isEqualTo("free");
  }

  @Test
  void whatItLeavesBehindEndsWithIt() {
    Storm storm = new Storm();
    JsonPath obs = oneShot("sleep " + storm.marker + " & echo left").timeout(30).post();
    assertThat(obs.getString("content")).isEqualTo("left");
    await().atMost(Duration.ofSeconds(5)).until(() -> storm.count() == 0);
  }

  @Test
  void refusesWhatAFreshShellWould() {
    assertThat(oneShot("").output())
        .isEqualTo("ERROR: No previous running command to retrieve logs from.");
    assertThat(oneShot("yes").with("is_input", true).output())
        .isEqualTo("ERROR: No previous running command to interact with.");
    JsonPath several = oneShot("ls\npwd").post();
    assertThat(several.getString("observation")).isEqualTo("error");
    assertThat(several.getString("content")).endsWith("(1) ls\n(2) pwd");
  }
}
