package dev.jhands.action.bash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.action.execute.ShellWorkingDirectory;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FastBashProfile.class)
class BashBasicsIT {

  private static Path dir;

  @Inject ShellWorkingDirectory workingDirectory;

  @TestHTTPResource("/execute_action")
  URI executeAction;

  @BeforeAll
  static void createDirectory() throws Exception {
    dir = Run.classDirectory(BashBasicsIT.class);
  }

  @AfterAll
  static void deleteDirectory() throws Exception {
    Run.delete(dir);
  }

  @BeforeEach
  void reset() {
    Run.reset(dir);
  }

  @Test
  void answersWithOutputAndThePromptsMetadata() {
    JsonPath obs = Run.command("echo hello").post();
    assertThat(obs.getString("observation")).isEqualTo("run");
    assertThat(obs.getString("content")).isEqualTo("hello");
    assertThat(obs.getString("message"))
        .isEqualTo("Command `echo hello` executed with exit code 0.");
    assertThat(obs.getBoolean("success")).isTrue();
    assertThat(obs.getString("extras.command")).isEqualTo("echo hello");
    assertThat(obs.getBoolean("extras.hidden")).isFalse();
    Map<String, Object> metadata = obs.getMap("extras.metadata");
    assertThat(metadata)
        .containsEntry("exit_code", 0)
        .containsEntry("pid", -1)
        .containsEntry("username", System.getProperty("user.name"))
        .containsEntry("hostname", Hostname.SHORT)
        .containsEntry("working_dir", dir.toString())
        .containsEntry("prefix", "")
        .containsEntry("suffix", "\n[The command completed with exit code 0.]")
        .containsKey("py_interpreter_path");
    assertThat(obs.getString("extras.metadata.py_interpreter_path"))
        .isEqualTo(ShellLaunch.findOnPath("python").orElse(""));
  }

  @Test
  void failingCommandReportsItsExitCode() {
    JsonPath obs = Run.command("ls /no/such/dir; (exit 3)").post();
    assertThat(obs.getInt("extras.metadata.exit_code")).isEqualTo(3);
    assertThat(obs.getBoolean("success")).isFalse();
    assertThat(obs.getString("content")).contains("No such file or directory");
    assertThat(obs.getString("extras.metadata.suffix"))
        .isEqualTo("\n[The command completed with exit code 3.]");
  }

  @Test
  void variablesAliasesFunctionsAndDirectoryPersist() {
    Run.command("export JH_X=42 && alias jhal='echo aliased' && jhf() { echo fn $1; }").post();
    assertThat(Run.command("echo $JH_X && jhal && jhf 1").output()).isEqualTo("42\naliased\nfn 1");
    JsonPath cd = Run.command("mkdir -p 'sub dir' && cd 'sub dir'").post();
    Path sub = dir.resolve("sub dir");
    assertThat(cd.getString("extras.metadata.working_dir")).isEqualTo(sub.toString());
    assertThat(workingDirectory.get()).isEqualTo(sub);
    assertThat(Run.command("pwd").output()).isEqualTo(sub.toString());
  }

  @Test
  void anActivatedVirtualenvStaysActiveAndThePromptSurvivesIt() throws Exception {
    Path venv = Files.createDirectories(dir.resolve("venv/bin"));
    Path python = Files.writeString(venv.resolve("python"), "#!/bin/sh\necho fake python\n");
    python.toFile().setExecutable(true);
    Files.writeString(
        venv.resolve("activate"),
        "export VIRTUAL_ENV="
            + venv.getParent()
            + "\n"
            + "export PATH=\"$VIRTUAL_ENV/bin:$PATH\"\n"
            + "PS1=\"(venv) $PS1\"\n");
    JsonPath activated = Run.command("source venv/bin/activate").post();
    assertThat(activated.getString("extras.metadata.py_interpreter_path"))
        .isEqualTo(python.toString());
    assertThat(Run.command("python").output()).isEqualTo("fake python");
    JsonPath after = Run.command("echo $VIRTUAL_ENV").post();
    assertThat(after.getString("content")).isEqualTo(venv.getParent().toString());
    assertThat(after.getString("extras.metadata.py_interpreter_path")).isEqualTo(python.toString());
    Run.command("export PATH=${PATH#*venv/bin:}; unset VIRTUAL_ENV").post();
  }

  @Test
  void outputIsRightStrippedButKeepsItsIndentation() {
    assertThat(Run.command("printf '\\n  indented\\n\\n\\n'").output()).isEqualTo("\n  indented");
    assertThat(Run.command("printf 'no newline'").output()).isEqualTo("no newline");
    assertThat(Run.command("true").output()).isEmpty();
  }

  @Test
  void multiLineConstructsAreOneCommand() {
    assertThat(Run.command("cat <<'EOF'\n\tTabbed $HOME\n  two!\nEOF").output())
        .isEqualTo("\tTabbed $HOME\n  two!");
    assertThat(Run.command("for i in 1 2\ndo\n  echo n$i\ndone").output()).isEqualTo("n1\nn2");
    assertThat(Run.command("if true; then\n  echo yes\nfi").output()).isEqualTo("yes");
    assertThat(Run.command("echo a \\\n  b").output()).isEqualTo("a b");
    assertThat(Run.command("# comment first\n\necho \"a!b\" # and last\n# end").output())
        .isEqualTo("a!b");
    assertThat(Run.command("echo next").output()).isEqualTo("next");
  }

  @Test
  void severalCommandsAreRefusedAndNoneRuns() {
    JsonPath obs = Run.command("touch one\ntouch two").post();
    assertThat(obs.getString("observation")).isEqualTo("error");
    assertThat(obs.getString("content"))
        .isEqualTo(
            "ERROR: Cannot execute multiple commands at once.\n"
                + "Please run each command separately OR chain them into a single command via && or"
                + " ;\n"
                + "Provided commands:\n"
                + "(1) touch one\n"
                + "(2) touch two");
    assertThat(obs.getString("extras.error_id")).isEmpty();
    assertThat(obs.getString("message")).isEqualTo(obs.getString("content"));
    assertThat(dir.resolve("one")).doesNotExist();
    assertThat(dir.resolve("two")).doesNotExist();
  }

  @Test
  void emptyCommandAndInputWithNothingRunningAreErrors() {
    JsonPath empty = Run.command("  ").post();
    assertThat(empty.getString("content"))
        .isEqualTo("ERROR: No previous running command to retrieve logs from.");
    assertThat(empty.getString("extras.command")).isEmpty();
    assertThat(empty.getInt("extras.metadata.exit_code")).isEqualTo(-1);
    assertThat(empty.getString("extras.metadata.suffix")).isEmpty();
    assertThat(empty.getBoolean("success")).isFalse();
    JsonPath input = Run.input("yes").post();
    assertThat(input.getString("content"))
        .isEqualTo("ERROR: No previous running command to interact with.");
    assertThat(input.getString("extras.command")).isEmpty();
    assertThat(input.getInt("extras.metadata.exit_code")).isEqualTo(-1);
  }

  @Test
  void longOutputIsCutInTheMiddle() {
    StringBuilder whole = new StringBuilder();
    for (int i = 1; i <= 20_000; i++) {
      whole.append(i).append('\n');
    }
    String expected =
        whole.substring(0, 15_000)
            + "\n[... Observation truncated due to length ...]\n"
            + whole.substring(whole.length() - 1 - 15_000, whole.length() - 1);
    assertThat(Run.command("seq 1 20000").output()).isEqualTo(expected);
  }

  @Test
  void gigantisOutputIsStreamedThroughBoundedWindows() {
    String content =
        Run.command("head -c 20000000 /dev/zero | tr '\\0' x; echo; echo end").output();
    assertThat(content)
        .isEqualTo(
            "x".repeat(15_000)
                + "\n[... Observation truncated due to length ...]\n"
                + "x".repeat(14_996)
                + "\nend");
  }

  @Test
  void hiddenIsEchoedAndHiddenOutputIsNotCut() {
    JsonPath obs = Run.command("seq 1 20000").with("hidden", true).post();
    assertThat(obs.getBoolean("extras.hidden")).isTrue();
    assertThat(obs.getString("content")).hasSize(108_893).endsWith("\n20000");
  }

  @Test
  void terminalEscapesAndCarriageReturnsAreRendered() {
    assertThat(Run.command("printf '\\033[31mred\\033[0m\\n50%%\\r100%%\\n'").output())
        .isEqualTo("red\n100%");
    assertThat(Run.command("ls --color=always -d .").output()).isEqualTo(".");
  }

  @Test
  void aShellThatExitsIsReplacedInTheSameDirectory() {
    Run.command("export JH_GONE=1").post();
    JsonPath exit = Run.command("echo bye; exit 3").post();
    assertThat(exit.getString("content")).startsWith("bye");
    assertThat(exit.getInt("extras.metadata.exit_code")).isEqualTo(3);
    assertThat(exit.getString("extras.metadata.suffix"))
        .isEqualTo("\n[The command completed with exit code 3.]");
    JsonPath next = Run.command("echo alive ${JH_GONE:-fresh} && pwd").post();
    assertThat(next.getString("content")).isEqualTo("alive fresh\n" + dir);
  }

  @Test
  void manyShortCommandsInARowAllComplete() throws Exception {
    String body = new ObjectMapper().writeValueAsString(Run.command("true").body());
    HttpRequest request =
        HttpRequest.newBuilder(executeAction)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    // How fast they answer is measured by ./jhands bench, not asserted here.
    try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      for (int i = 0; i < 40; i++) {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("\"exit_code\":0");
      }
    }
  }
}
