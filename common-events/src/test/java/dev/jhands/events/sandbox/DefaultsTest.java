package dev.jhands.events.sandbox;

import static dev.jhands.events.sandbox.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Omitted (or null) arguments and extras take the contract's defaults, and are then written out in
 * full, as OpenHands writes every dataclass field.
 */
class DefaultsTest {

  static Stream<Arguments> actions() {
    return Stream.of(
        Arguments.of(
            "run",
            "{'command': 'ls'}",
            "{'command': 'ls', 'is_input': false, 'thought': '', 'blocking': false,"
                + " 'is_static': false, 'cwd': null, 'hidden': false,"
                + " 'confirmation_state': 'confirmed', 'security_risk': -1}"),
        Arguments.of(
            "run",
            "{'command': 'ls', 'thought': null, 'confirmation_state': null, 'security_risk': null}",
            "{'command': 'ls', 'is_input': false, 'thought': '', 'blocking': false,"
                + " 'is_static': false, 'cwd': null, 'hidden': false,"
                + " 'confirmation_state': 'confirmed', 'security_risk': -1}"),
        Arguments.of(
            "run_ipython",
            "{'code': 'x'}",
            "{'code': 'x', 'thought': '', 'include_extra': true, 'confirmation_state': 'confirmed',"
                + " 'security_risk': -1, 'kernel_init_code': ''}"),
        Arguments.of(
            "read",
            "{'path': '/a'}",
            "{'path': '/a', 'start': 0, 'end': -1, 'thought': '', 'security_risk': -1,"
                + " 'impl_source': 'default', 'view_range': null}"),
        Arguments.of(
            "write",
            "{'path': '/a', 'content': 'x'}",
            "{'path': '/a', 'content': 'x', 'start': 0, 'end': -1, 'thought': '',"
                + " 'security_risk': -1}"),
        Arguments.of(
            "edit",
            "{'path': '/a'}",
            "{'path': '/a', 'command': '', 'file_text': null, 'old_str': null, 'new_str': null,"
                + " 'insert_line': null, 'content': '', 'start': 1, 'end': -1, 'thought': '',"
                + " 'security_risk': -1, 'impl_source': 'oh_aci'}"),
        Arguments.of(
            "browse",
            "{'url': 'http://x'}",
            "{'url': 'http://x', 'thought': '', 'security_risk': -1, 'return_axtree': false}"),
        Arguments.of(
            "browse_interactive",
            "{'browser_actions': 'noop()'}",
            "{'browser_actions': 'noop()', 'thought': '', 'browsergym_send_msg_to_user': '',"
                + " 'security_risk': -1, 'return_axtree': false}"),
        Arguments.of(
            "call_tool_mcp",
            "{'name': 't'}",
            "{'name': 't', 'arguments': {}, 'thought': '', 'security_risk': -1}"),
        Arguments.of(
            "message",
            "{'content': 'hi'}",
            "{'content': 'hi', 'file_urls': null, 'image_urls': null, 'wait_for_response': false,"
                + " 'security_risk': -1}"),
        Arguments.of(
            "system",
            "{'content': 'sys'}",
            "{'content': 'sys', 'tools': null, 'openhands_version': null, 'agent_class': null}"),
        Arguments.of("finish", "{}", "{'final_thought': '', 'outputs': {}, 'thought': ''}"),
        Arguments.of("think", "{}", "{'thought': ''}"),
        Arguments.of("reject", "{}", "{'outputs': {}, 'thought': ''}"),
        Arguments.of(
            "delegate",
            "{'agent': 'A', 'inputs': {}}",
            "{'agent': 'A', 'inputs': {}, 'thought': ''}"),
        Arguments.of(
            "recall",
            "{'recall_type': 'knowledge'}",
            "{'recall_type': 'knowledge', 'query': '', 'thought': ''}"),
        Arguments.of(
            "change_agent_state",
            "{'agent_state': 'paused'}",
            "{'agent_state': 'paused', 'thought': ''}"),
        Arguments.of(
            "condensation",
            "{'forgotten_event_ids': [1]}",
            "{'forgotten_event_ids': [1], 'forgotten_events_start_id': null,"
                + " 'forgotten_events_end_id': null, 'summary': null, 'summary_offset': null}"),
        Arguments.of("condensation_request", "{}", "{}"),
        Arguments.of("task_tracking", "{}", "{'command': 'view', 'task_list': [], 'thought': ''}"),
        Arguments.of("loop_recovery", "{}", "{'option': 1}"),
        Arguments.of("null", "{}", "{}"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("actions")
  void omittedArgumentsTakeTheirDefaults(String type, String given, String written)
      throws Exception {
    SandboxActionEvent event =
        Json.MAPPER.treeToValue(
            tree("{'action': '" + type + "', 'args': " + given + "}"), SandboxActionEvent.class);

    assertThat(event.action().actionType()).isEqualTo(type);
    assertThat(Json.args(event)).isEqualTo(tree(written));
  }

  @Test
  void absentOrNullArgsAreEmptyArgs() throws Exception {
    assertThat(Json.action("{'action': 'null'}").action()).isEqualTo(new NullAction());
    assertThat(Json.action("{'action': 'think', 'args': null}").action())
        .isEqualTo(new AgentThinkAction(""));
  }

  static Stream<Arguments> observations() {
    return Stream.of(
        Arguments.of(
            "run",
            "{'command': 'ls'}",
            "{'command': 'ls', 'metadata': {'exit_code': -1, 'pid': -1, 'username': null,"
                + " 'hostname': null, 'working_dir': null, 'py_interpreter_path': null,"
                + " 'prefix': '', 'suffix': ''}, 'hidden': false}"),
        Arguments.of(
            "run",
            "{'command': 'ls', 'metadata': {'exit_code': 0}}",
            "{'command': 'ls', 'metadata': {'exit_code': 0, 'pid': -1, 'username': null,"
                + " 'hostname': null, 'working_dir': null, 'py_interpreter_path': null,"
                + " 'prefix': '', 'suffix': ''}, 'hidden': false}"),
        Arguments.of("run_ipython", "{'code': 'x'}", "{'code': 'x', 'image_urls': null}"),
        Arguments.of("read", "{'path': '/a'}", "{'path': '/a', 'impl_source': 'default'}"),
        Arguments.of("write", "{'path': '/a'}", "{'path': '/a'}"),
        Arguments.of(
            "edit",
            "{}",
            "{'path': '', 'prev_exist': false, 'old_content': null, 'new_content': null,"
                + " 'impl_source': 'llm_based_edit', 'diff': null, '_diff_cache': null}"),
        Arguments.of(
            "browse",
            "{'url': 'u', 'trigger_by_action': 'browse'}",
            "{'url': 'u', 'trigger_by_action': 'browse', 'screenshot': '', 'screenshot_path': null,"
                + " 'set_of_marks': '', 'error': false, 'goal_image_urls': [],"
                + " 'open_pages_urls': [], 'active_page_index': -1, 'dom_object': {},"
                + " 'axtree_object': {}, 'extra_element_properties': {}, 'last_browser_action': '',"
                + " 'last_browser_action_error': '', 'focused_element_bid': '',"
                + " 'filter_visible_only': false}"),
        Arguments.of("download", "{'file_path': '/f'}", "{'file_path': '/f'}"),
        Arguments.of("error", "{}", "{'error_id': ''}"),
        Arguments.of("success", "{}", "{}"),
        Arguments.of("null", "{}", "{}"),
        Arguments.of("think", "{}", "{}"),
        Arguments.of("user_rejected", "{}", "{}"),
        Arguments.of("condense", "{}", "{}"),
        Arguments.of("loop_detection", "{}", "{}"),
        Arguments.of(
            "agent_state_changed",
            "{'agent_state': 'running'}",
            "{'agent_state': 'running', 'reason': ''}"),
        Arguments.of("delegate", "{'outputs': {}}", "{'outputs': {}}"),
        Arguments.of("mcp", "{}", "{'name': '', 'arguments': {}}"),
        Arguments.of("task_tracking", "{}", "{'command': '', 'task_list': []}"),
        Arguments.of(
            "recall",
            "{'recall_type': 'knowledge'}",
            "{'recall_type': 'knowledge', 'repo_name': '', 'repo_directory': '', 'repo_branch': '',"
                + " 'repo_instructions': '', 'runtime_hosts': {},"
                + " 'additional_agent_instructions': '', 'date': '',"
                + " 'custom_secrets_descriptions': {}, 'conversation_instructions': '',"
                + " 'working_dir': '', 'microagent_knowledge': []}"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("observations")
  void omittedExtrasTakeTheirDefaults(String type, String given, String written) throws Exception {
    SandboxObservationEvent event =
        Json.MAPPER.treeToValue(
            tree("{'observation': '" + type + "', 'extras': " + given + "}"),
            SandboxObservationEvent.class);

    JsonNode json = Json.write(event);
    assertThat(json.get("observation").asText()).isEqualTo(type);
    assertThat(json.get("content").asText()).as("content defaults to empty").isEmpty();
    assertThat(json.get("extras")).isEqualTo(tree(written));
  }
}
