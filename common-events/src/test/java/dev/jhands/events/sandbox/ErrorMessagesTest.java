package dev.jhands.events.sandbox;

import static dev.jhands.events.sandbox.Json.action;
import static dev.jhands.events.sandbox.Json.observation;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

/**
 * Every rejection is a {@link MismatchedInputException} (so a framework answers 400) whose message
 * names the field and the offending value.
 */
class ErrorMessagesTest {

  @Test
  void unknownActionTypeListsTheKnownOnes() {
    assertThatThrownBy(() -> action("{'action': 'frobnicate', 'args': {}}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(
            "Unknown action type 'frobnicate' in field 'action'; known types: run, run_ipython,"
                + " read, write, edit, browse, browse_interactive, call_tool_mcp, message, system,"
                + " finish, think, reject, delegate, recall, change_agent_state, condensation,"
                + " condensation_request, task_tracking, loop_recovery, null");
  }

  @Test
  void actionTypesWithoutAClassAreUnknown() {
    // OpenHands' ActionType enum names them, but no class implements them.
    for (String type : new String[] {"start", "pause", "resume", "stop", "push", "send_pr"}) {
      assertThatThrownBy(() -> action("{'action': '" + type + "'}"))
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("Unknown action type '" + type + "'");
    }
  }

  @Test
  void unknownObservationTypeListsTheKnownOnes() {
    assertThatThrownBy(() -> observation("{'observation': 'chat', 'content': 'x'}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(
            "Unknown observation type 'chat' in field 'observation'; known types: run,"
                + " run_ipython, read, write, edit, browse, download, error, success, null, think,"
                + " user_rejected, condense, loop_detection, agent_state_changed, delegate, mcp,"
                + " task_tracking, recall");
  }

  @Test
  void actionTypeMustBeAString() {
    assertThatThrownBy(() -> action("{'action': 3}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Field 'action' must be a string naming the action type, got NUMBER");
  }

  @Test
  void unknownArgumentIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> action("{'action': 'run', 'args': {'command': 'ls', 'foo': 1}}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(
            "Unknown argument 'foo' in field 'args' for action 'run'; known arguments: command,"
                + " is_input, thought, blocking, is_static, cwd, hidden, confirmation_state,"
                + " security_risk");
  }

  @Test
  void argumentsOfAnotherActionAreUnknown() {
    assertThatThrownBy(() -> action("{'action': 'null', 'args': {'thought': ''}}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Unknown argument 'thought' in field 'args' for action 'null'");
  }

  @Test
  void missingCommandIsNamed() {
    assertThatThrownBy(() -> action("{'action': 'run', 'args': {'is_input': true}}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(
            "Missing required argument 'command' in field 'args' for action 'run'");
  }

  @Test
  void missingPathIsNamed() {
    assertThatThrownBy(() -> action("{'action': 'read', 'args': {}}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Missing required argument 'path' in field 'args' for action 'read'");
  }

  @Test
  void nullRequiredArgumentCountsAsMissing() {
    assertThatThrownBy(() -> action("{'action': 'write', 'args': {'path': '/a', 'content': null}}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(
            "Missing required argument 'content' in field 'args' for action 'write'");
  }

  @Test
  void missingRequiredExtraIsNamed() {
    assertThatThrownBy(() -> observation("{'observation': 'run', 'content': 'x', 'extras': {}}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(
            "Missing required extra 'command' in field 'extras' for observation 'run'");
  }

  @Test
  void documentWithNeitherActionNorObservationIsRejected() {
    assertThatThrownBy(() -> Json.MAPPER.readValue("{\"content\": \"x\"}", SandboxEvent.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(
            "Unknown event: neither an 'action' nor an 'observation' field is present");
    assertThatThrownBy(() -> action("{'args': {'command': 'ls'}}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(
            "Missing field 'action': the event has neither an 'action' nor an 'observation'"
                + " field");
    assertThatThrownBy(() -> observation("{'content': 'x'}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Missing field 'observation'");
  }

  @Test
  void anObservationIsNotAnAction() {
    assertThatThrownBy(() -> action("{'observation': 'null', 'content': ''}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("this is an observation event, not an action event");
    assertThatThrownBy(() -> observation("{'action': 'null'}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("this is an action event, not an observation event");
  }

  @Test
  void eventMustBeAnObject() {
    assertThatThrownBy(() -> Json.MAPPER.readValue("[1]", SandboxActionEvent.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Expected a JSON object for an OpenHands event, got ARRAY");
  }

  @Test
  void argsMustBeAnObject() {
    assertThatThrownBy(() -> action("{'action': 'run', 'args': ['ls']}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Field 'args' must be a JSON object, got ARRAY");
  }

  @Test
  void timeoutMustBeANumber() {
    assertThatThrownBy(
            () -> action("{'action': 'run', 'args': {'command': 'ls'}, 'timeout': 'soon'}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Field 'timeout' must be a number of seconds, got STRING");
  }

  @Test
  void unknownSecurityRiskIsRejected() {
    // OpenHands silently drops a bad security_risk; the brief asks for a clear error instead.
    assertThatThrownBy(
            () -> action("{'action': 'run', 'args': {'command': 'ls', 'security_risk': 7}}"))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("SecurityRisk")
        .hasMessageContaining("\"7\"")
        .hasMessageContaining("not one of the values accepted")
        .hasMessageContaining("security_risk");
  }

  @Test
  void unknownConfirmationStateIsRejected() {
    assertThatThrownBy(
            () ->
                action(
                    "{'action': 'run', 'args': {'command': 'ls', 'confirmation_state': 'maybe'}}"))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("\"maybe\"")
        .hasMessageContaining("not one of the values accepted")
        .hasMessageContaining("awaiting_confirmation")
        .hasMessageContaining("confirmation_state");
  }

  @Test
  void unknownImplSourceIsRejected() {
    assertThatThrownBy(
            () -> action("{'action': 'read', 'args': {'path': '/a', 'impl_source': 'vim'}}"))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("\"vim\"")
        .hasMessageContaining("not one of the values accepted")
        .hasMessageContaining("oh_aci");
  }

  @Test
  void unknownSourceIsRejected() {
    assertThatThrownBy(() -> action("{'source': 'robot', 'action': 'null'}"))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("\"robot\"")
        .hasMessageContaining("not one of the values accepted")
        .hasMessageContaining("environment")
        .hasMessageContaining("source");
  }

  @Test
  void unknownRecallTypeIsRejected() {
    assertThatThrownBy(
            () -> observation("{'observation': 'recall', 'extras': {'recall_type': 'gossip'}}"))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("\"gossip\"")
        .hasMessageContaining("not one of the values accepted")
        .hasMessageContaining("workspace_context");
  }

  @Test
  void condensationNamingEventsTwiceIsRejectedAsBadInput() {
    assertThatThrownBy(
            () ->
                action(
                    "{'action': 'condensation', 'args': {'forgotten_event_ids': [1],"
                        + " 'forgotten_events_start_id': 1, 'forgotten_events_end_id': 2}}"))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(
            "Invalid arguments in field 'args' for action 'condensation': Invalid configuration of"
                + " the optional fields.");
  }

  @Test
  void executeActionRequestNeedsAnAction() {
    assertThatThrownBy(() -> Json.MAPPER.readValue("{}", ExecuteActionRequest.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("'action'");
  }
}
