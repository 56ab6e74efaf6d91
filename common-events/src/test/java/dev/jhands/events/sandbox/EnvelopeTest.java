package dev.jhands.events.sandbox;

import static dev.jhands.events.sandbox.Json.action;
import static dev.jhands.events.sandbox.Json.observation;
import static dev.jhands.events.sandbox.Json.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.conversation.EventSource;
import dev.jhands.events.json.GoldenFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The top-level keys of the event envelopes, and their independence from mapper settings. */
class EnvelopeTest {

  @Test
  void idMinusOneIsNoIdAndIsNotWritten() throws Exception {
    SandboxActionEvent event = action("{'id': -1, 'action': 'null'}");

    assertThat(event.header().id()).isNull();
    assertThat(Json.write(event).has("id")).isFalse();
    assertThat(new EventHeader(-1, null, null, null, null, null)).isEqualTo(EventHeader.NONE);
  }

  @Test
  void headerKeysAreWrittenOnlyWhenSet() {
    ObjectNode json = Json.write(SandboxObservationEvent.of(new NullObservation("")));

    assertThat(json.properties().stream().map(Map.Entry::getKey))
        .containsExactly("message", "observation", "content", "extras");
  }

  @Test
  void keysComeInOpenHandsOrder() throws Exception {
    String everything =
        "{'timeout': 5, 'args': {'thought': 't'}, 'llm_metrics': {'accumulated_cost': 0.5},"
            + " 'tool_call_metadata': {'function_name': 'think', 'tool_call_id': 'c1',"
            + " 'model_response': {}, 'total_calls_in_response': 1}, 'action': 'think',"
            + " 'cause': 3, 'message': 'x', 'source': 'agent', 'timestamp': 'ts', 'id': 4}";

    ObjectNode json = Json.write(action(everything));

    assertThat(json.properties().stream().map(Map.Entry::getKey))
        .containsExactly(
            "id",
            "timestamp",
            "source",
            "message",
            "cause",
            "action",
            "tool_call_metadata",
            "llm_metrics",
            "args",
            "timeout");
  }

  @Test
  void messageIsIgnoredOnInputAndRecomputed() throws Exception {
    SandboxActionEvent event =
        action("{'message': 'something else', 'action': 'run', 'args': {'command': 'ls'}}");

    assertThat(Json.write(event).get("message").asText()).isEqualTo("Running command: ls");
  }

  @Test
  void timeoutIsAlwaysWrittenAsAFloat() throws Exception {
    JsonNode timeout =
        Json.write(action("{'action': 'run', 'args': {'command': 'ls'}, 'timeout': 120}"))
            .get("timeout");

    assertThat(timeout.isDouble()).isTrue();
    assertThat(timeout.doubleValue()).isEqualTo(120.0);
    assertThat(Json.write(action("{'action': 'run', 'args': {'command': 'ls'}}")).has("timeout"))
        .isFalse();
  }

  @Test
  void successIsWrittenForRunAndRunIpythonOnly() throws Exception {
    Map<String, String> requiredExtras =
        Map.of(
            "run", "{'command': 'ls'}",
            "run_ipython", "{'code': 'x'}",
            "read", "{'path': '/a'}",
            "write", "{'path': '/a'}",
            "browse", "{'url': 'u', 'trigger_by_action': 'browse'}",
            "download", "{'file_path': '/f'}",
            "agent_state_changed", "{'agent_state': 'running'}",
            "delegate", "{'outputs': {}}",
            "recall", "{'recall_type': 'knowledge'}");
    List<String> withSuccess = new ArrayList<>();

    for (String type : TypeRegistry.OBSERVATIONS.names()) {
      String extras = requiredExtras.getOrDefault(type, "{}");
      ObjectNode json =
          Json.write(observation("{'observation': '" + type + "', 'extras': " + extras + "}"));
      if (json.has("success")) {
        withSuccess.add(type);
      }
    }

    assertThat(withSuccess).containsExactly("run", "run_ipython");
  }

  @Test
  void runSuccessFollowsTheExitCodeWhateverTheInputSays() throws Exception {
    SandboxObservationEvent failed =
        observation(
            "{'observation': 'run', 'success': true,"
                + " 'extras': {'command': 'false', 'metadata': {'exit_code': 1}}}");
    SandboxObservationEvent unknown =
        observation("{'observation': 'run', 'extras': {'command': 'sleep 99'}}");

    assertThat(Json.write(failed).get("success").booleanValue()).isFalse();
    assertThat(Json.write(unknown).get("success").booleanValue()).isFalse();
    assertThat(
            Json.write(observation("{'observation': 'run_ipython', 'extras': {'code': 'x'}}"))
                .get("success")
                .booleanValue())
        .isTrue();
  }

  @Test
  void observationIgnoresUnknownExtrasAndTopLevelKeys() throws Exception {
    SandboxObservationEvent event =
        observation(
            "{'observation': 'read', 'content': 'text', 'added_in_v2': {'x': 1},"
                + " 'extras': {'path': '/a', 'impl_source': 'oh_aci', 'hidden': true,"
                + " 'encoding': 'utf-8', 'line_count': 3}}");

    assertThat(event.observation())
        .isEqualTo(new FileReadObservation("text", "/a", FileReadSource.OH_ACI));
    assertThat(Json.extras(event)).isEqualTo(tree("{'path': '/a', 'impl_source': 'oh_aci'}"));
  }

  @Test
  void metadataIgnoresUnknownKeysAsPydanticDoes() throws Exception {
    SandboxObservationEvent event =
        observation(
            "{'observation': 'run', 'extras': {'command': 'ls',"
                + " 'metadata': {'exit_code': 0, 'shell': 'zsh'}}}");

    assertThat(((CmdOutputObservation) event.observation()).metadata().exitCode()).isZero();
  }

  @Test
  void actionIgnoresUnknownTopLevelKeysAsOpenHandsDoes() throws Exception {
    assertThat(action("{'action': 'null', 'hidden': true, 'extras': {}}").action())
        .isEqualTo(new NullAction());
  }

  @Test
  void headerIsReadInFull() throws Exception {
    SandboxObservationEvent event =
        observation(
            "{'id': 8, 'timestamp': '2025-11-15T09:00:00', 'source': 'environment', 'cause': 7,"
                + " 'observation': 'null', 'tool_call_metadata': {'function_name': 'f',"
                + " 'tool_call_id': 'c', 'model_response': {'id': 'r'},"
                + " 'total_calls_in_response': 2}, 'llm_metrics': {'accumulated_cost': 1.5}}");

    EventHeader header = event.header();
    assertThat(header.id()).isEqualTo(8);
    assertThat(header.timestamp()).isEqualTo("2025-11-15T09:00:00");
    assertThat(header.source()).isEqualTo(EventSource.ENVIRONMENT);
    assertThat(header.cause()).isEqualTo(7);
    assertThat(header.toolCallMetadata().functionName()).isEqualTo("f");
    assertThat(header.toolCallMetadata().modelResponse().get("id").asText()).isEqualTo("r");
    assertThat(header.llmMetrics().get("accumulated_cost").doubleValue()).isEqualTo(1.5);
  }

  @Test
  void sandboxEventDispatchesOnTheTypeKey() throws Exception {
    SandboxEvent action =
        Json.MAPPER.treeToValue(tree("{'action': 'think', 'args': {}}"), SandboxEvent.class);
    SandboxEvent observation =
        Json.MAPPER.treeToValue(
            tree("{'observation': 'think', 'content': 'ok'}"), SandboxEvent.class);

    assertThat(action).isInstanceOf(SandboxActionEvent.class);
    assertThat(observation).isInstanceOf(SandboxObservationEvent.class);
    assertThat(observation.message()).isEqualTo("ok");
  }

  @Test
  void anyMapperReadsAndWritesEveryFixture() throws Exception {
    // Jackson's defaults fail on unknown properties and empty beans; Quarkus-style setups often
    // drop nulls. None of that may change the wire form.
    List<ObjectMapper> mappers =
        List.of(
            new ObjectMapper(),
            new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL));
    for (ObjectMapper mapper : mappers) {
      for (GoldenFixtures.Fixture fixture : GoldenFixtures.all()) {
        if (!fixture.relativeName().startsWith("sandbox/")) {
          continue;
        }
        Class<?> wireType = wireType(fixture.type());
        Object value = mapper.treeToValue(fixture.json(), wireType);
        assertThat((JsonNode) mapper.valueToTree(value))
            .as(fixture.toString())
            .isEqualTo(fixture.json());
      }
    }
  }

  private static Class<?> wireType(Class<?> type) {
    if (SandboxAction.class.isAssignableFrom(type)) {
      return SandboxActionEvent.class;
    }
    if (SandboxObservation.class.isAssignableFrom(type)) {
      return SandboxObservationEvent.class;
    }
    return type;
  }
}
