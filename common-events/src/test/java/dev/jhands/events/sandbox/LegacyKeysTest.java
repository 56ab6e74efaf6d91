package dev.jhands.events.sandbox;

import static dev.jhands.events.sandbox.Json.action;
import static dev.jhands.events.sandbox.Json.args;
import static dev.jhands.events.sandbox.Json.observation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

/** The keys of older OpenHands event streams, read as OpenHands' deserialisers read them. */
class LegacyKeysTest {

  @Test
  void keepPromptIsDropped() throws Exception {
    SandboxActionEvent event =
        action("{'action': 'run', 'args': {'command': 'ls', 'keep_prompt': false}}");

    assertThat(event.action()).isEqualTo(CmdRunAction.of("ls"));
    assertThat(args(event).has("keep_prompt")).isFalse();
  }

  @Test
  void taskCompletedIsDropped() throws Exception {
    SandboxActionEvent event =
        action("{'action': 'finish', 'args': {'thought': 'ok', 'task_completed': 'true'}}");

    assertThat(((AgentFinishAction) event.action()).thought()).isEqualTo("ok");
    assertThat(args(event).has("task_completed")).isFalse();
  }

  @Test
  void isConfirmedBecomesConfirmationStateAndWins() throws Exception {
    SandboxActionEvent event =
        action(
            "{'action': 'run', 'args': {'command': 'rm -rf build', 'is_confirmed': 'rejected',"
                + " 'confirmation_state': 'confirmed'}}");

    assertThat(((CmdRunAction) event.action()).confirmationState())
        .isEqualTo(ConfirmationState.REJECTED);
    assertThat(args(event).has("is_confirmed")).isFalse();
  }

  @Test
  void nullIsConfirmedIsIgnored() throws Exception {
    SandboxActionEvent event =
        action("{'action': 'run', 'args': {'command': 'ls', 'is_confirmed': null}}");

    assertThat(((CmdRunAction) event.action()).confirmationState())
        .isEqualTo(ConfirmationState.CONFIRMED);
  }

  @Test
  void isConfirmedOnAnActionWithoutConfirmationIsAnUnknownArgument() {
    // OpenHands renames first and then fails on the unexpected keyword, and so do we.
    assertThatThrownBy(
            () -> action("{'action': 'read', 'args': {'path': '/a', 'is_confirmed': 'confirmed'}}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Unknown argument 'confirmation_state' in field 'args'");
  }

  @Test
  void imagesUrlsBecomesImageUrls() throws Exception {
    SandboxActionEvent event =
        action(
            "{'action': 'message', 'args': {'content': 'see', 'images_urls': ['http://x/a.png']}}");

    assertThat(((MessageAction) event.action()).imageUrls()).containsExactly("http://x/a.png");
    assertThat(args(event).has("images_urls")).isFalse();
    assertThat(args(event).get("image_urls").get(0).asText()).isEqualTo("http://x/a.png");
  }

  @Test
  void translatedIpythonCodeViewBecomesARead() throws Exception {
    SandboxActionEvent event =
        Json.MAPPER.readValue(
            """
            {"action": "read", "args": {"path": "", "impl_source": "oh_aci",
             "translated_ipython_code":
               "print(file_editor(**{'command': 'view', 'path': '/w/a.py', 'view_range': [1, 5]}))"}}
            """,
            SandboxActionEvent.class);

    FileReadAction read = (FileReadAction) event.action();
    assertThat(read.path()).isEqualTo("/w/a.py");
    assertThat(read.viewRange()).containsExactly(1, 5);
    assertThat(read.implSource()).isEqualTo(FileReadSource.OH_ACI);
    assertThat(args(event).has("translated_ipython_code")).isFalse();
    assertThat(args(event).has("command")).isFalse();
  }

  @Test
  void translatedIpythonCodeEditArgumentsAreMerged() throws Exception {
    SandboxActionEvent event =
        Json.MAPPER.readValue(
            """
            {"action": "edit", "args": {"path": "/old", "translated_ipython_code":
              "print(file_editor(**{'command': 'str_replace', 'path': '/w/a.py', 'old_str': 'x = 1\\\\n', 'new_str': \\"it's\\", 'insert_line': None}))"}}
            """,
            SandboxActionEvent.class);

    FileEditAction edit = (FileEditAction) event.action();
    assertThat(edit.command()).isEqualTo("str_replace");
    assertThat(edit.path()).isEqualTo("/w/a.py");
    assertThat(edit.oldStr()).isEqualTo("x = 1\n");
    assertThat(edit.newStr()).isEqualTo("it's");
    assertThat(edit.insertLine()).isNull();
  }

  @Test
  void unparsableTranslatedIpythonCodeIsDropped() throws Exception {
    SandboxActionEvent event =
        action(
            "{'action': 'edit', 'args': {'path': '/w/a.py', 'command': 'undo_edit',"
                + " 'translated_ipython_code': 'print(file_editor(**{broken))'}}");

    assertThat(((FileEditAction) event.action()).command()).isEqualTo("undo_edit");
  }

  @Test
  void otherTranslatedIpythonCodeIsDroppedButAViewCommandStillGoes() throws Exception {
    SandboxActionEvent event =
        action(
            "{'action': 'read', 'args': {'path': '/w/a.py', 'command': 'view',"
                + " 'translated_ipython_code': 'print(1)'}}");

    assertThat(((FileReadAction) event.action()).path()).isEqualTo("/w/a.py");
  }

  @Test
  void argsTimestampStandsInForAMissingTopLevelOne() throws Exception {
    SandboxActionEvent event =
        action(
            "{'action': 'think', 'args': {'thought': 'hm', 'timestamp': '2024-01-01T00:00:00'}}");

    assertThat(event.header().timestamp()).isEqualTo("2024-01-01T00:00:00");
    assertThat(args(event).has("timestamp")).isFalse();
    assertThat(Json.write(event).get("timestamp").asText()).isEqualTo("2024-01-01T00:00:00");
  }

  @Test
  void topLevelTimestampWinsOverArgsTimestamp() throws Exception {
    SandboxActionEvent event =
        action(
            "{'timestamp': '2025-01-01T00:00:00', 'action': 'think',"
                + " 'args': {'thought': 'hm', 'timestamp': '2024-01-01T00:00:00'}}");

    assertThat(event.header().timestamp()).isEqualTo("2025-01-01T00:00:00");
  }

  @Test
  void exitCodeExtraMovesIntoNewMetadata() throws Exception {
    SandboxObservationEvent event =
        observation(
            "{'observation': 'run', 'content': 'x', 'extras': {'command': 'ls', 'exit_code': 0}}");

    CmdOutputObservation run = (CmdOutputObservation) event.observation();
    assertThat(run.metadata())
        .isEqualTo(new CmdOutputMetadata(0, null, null, null, null, null, null, null));
    assertThat(run.success()).isTrue();
    assertThat(Json.extras(event).has("exit_code")).isFalse();
  }

  @Test
  void commandIdExtraBecomesThePid() throws Exception {
    SandboxObservationEvent event =
        observation(
            "{'observation': 'run', 'extras': {'command': 'ls', 'exit_code': 1, 'command_id':"
                + " 77}}");

    CmdOutputMetadata metadata = ((CmdOutputObservation) event.observation()).metadata();
    assertThat(metadata.exitCode()).isEqualTo(1);
    assertThat(metadata.pid()).isEqualTo(77);
  }

  @Test
  void legacyExtrasOverrideExistingMetadataAndKeepTheRest() throws Exception {
    SandboxObservationEvent event =
        observation(
            "{'observation': 'run', 'extras': {'command': 'ls', 'exit_code': 3, 'command_id': 9,"
                + " 'metadata': {'exit_code': 0, 'pid': 1, 'username': 'openhands'}}}");

    CmdOutputMetadata metadata = ((CmdOutputObservation) event.observation()).metadata();
    assertThat(metadata.exitCode()).isEqualTo(3);
    assertThat(metadata.pid()).isEqualTo(9);
    assertThat(metadata.username()).isEqualTo("openhands");
  }

  @Test
  void formattedOutputAndErrorIsIgnored() throws Exception {
    SandboxObservationEvent event =
        observation(
            "{'observation': 'run_ipython', 'extras': {'code': '1',"
                + " 'formatted_output_and_error': 'old'}}");

    assertThat(Json.extras(event).has("formatted_output_and_error")).isFalse();
  }
}
