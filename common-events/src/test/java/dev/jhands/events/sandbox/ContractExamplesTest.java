package dev.jhands.events.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The contract's examples (section 3.3) verbatim. The read and edit requests there leave out {@code
 * message}, which OpenHands always writes; they read fine and are written back with it.
 */
class ContractExamplesTest {

  private static final String READ_REQUEST =
      """
      {"action": "read", "args": {"path": "/workspace/app.py", "start": 0, "end": -1, "thought": "",
        "security_risk": -1, "impl_source": "oh_aci", "view_range": [1, 2]}, "timeout": 120.0}
      """;

  private static final String EDIT_REQUEST =
      """
      {"action": "edit", "args": {"path": "/workspace/app.py", "command": "str_replace", "file_text": null,
        "old_str": "x = 1", "new_str": "x = 2", "insert_line": null, "content": "", "start": 1, "end": -1,
        "thought": "", "security_risk": -1, "impl_source": "oh_aci"}, "timeout": 120.0}
      """;

  @Test
  void readRequestIsWrittenBackWithItsMessage() throws Exception {
    ObjectNode example = (ObjectNode) Json.MAPPER.readTree(READ_REQUEST);

    SandboxActionEvent event = Json.MAPPER.treeToValue(example, SandboxActionEvent.class);

    assertThat(event.action())
        .isEqualTo(
            new FileReadAction(
                "/workspace/app.py",
                0,
                -1,
                "",
                SecurityRisk.UNKNOWN,
                FileReadSource.OH_ACI,
                java.util.List.of(1, 2)));
    assertThat(event.timeout()).isEqualTo(120.0);
    assertThat(Json.write(event))
        .isEqualTo(example.deepCopy().put("message", "Reading file: /workspace/app.py"));
  }

  @Test
  void editRequestIsWrittenBackWithItsEmptyMessage() throws Exception {
    ObjectNode example = (ObjectNode) Json.MAPPER.readTree(EDIT_REQUEST);

    SandboxActionEvent event = Json.MAPPER.treeToValue(example, SandboxActionEvent.class);

    FileEditAction edit = (FileEditAction) event.action();
    assertThat(edit.command()).isEqualTo("str_replace");
    assertThat(edit.oldStr()).isEqualTo("x = 1");
    assertThat(edit.newStr()).isEqualTo("x = 2");
    assertThat(Json.write(event)).isEqualTo(example.deepCopy().put("message", ""));
  }

  @Test
  void runResponseReportsSuccessFromTheExitCode() throws Exception {
    SandboxObservationEvent event =
        Json.MAPPER.readValue(
            """
            {"message": "Command `ls /workspace` executed with exit code 0.", "observation": "run",
             "content": "README.md\\nsrc",
             "extras": {"command": "ls /workspace", "hidden": false,
               "metadata": {"exit_code": 0, "pid": -1, "username": "openhands", "hostname": "abc123",
                 "working_dir": "/workspace", "py_interpreter_path": "/usr/bin/python", "prefix": "",
                 "suffix": "\\n[The command completed with exit code 0.]"}},
             "success": true}
            """,
            SandboxObservationEvent.class);

    CmdOutputObservation run = (CmdOutputObservation) event.observation();
    assertThat(run.content()).isEqualTo("README.md\nsrc");
    assertThat(run.metadata().workingDir()).isEqualTo("/workspace");
    assertThat(run.success()).isTrue();
  }
}
