package dev.jhands.events.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.jhands.events.json.Wire;
import dev.jhands.events.llm.Message;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventKindsTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void everyRegisteredEventKindIsItsClassNameAndHasAQualifiedPath() {
    JsonSubTypes.Type[] types = Event.class.getAnnotation(JsonSubTypes.class).value();
    Set<String> registered =
        Arrays.stream(types).map(JsonSubTypes.Type::name).collect(Collectors.toSet());

    assertThat(types).allSatisfy(t -> assertThat(t.name()).isEqualTo(t.value().getSimpleName()));
    assertThat(EventKinds.known()).isEqualTo(registered);
    assertThat(registered)
        .allSatisfy(
            kind ->
                assertThat(EventKinds.qualified(kind))
                    .hasValueSatisfying(q -> assertThat(q).endsWith("." + kind)));
  }

  @Test
  void mapsShortToQualifiedAndBack() {
    assertThat(EventKinds.qualified("MessageEvent"))
        .contains("openhands.sdk.event.llm_convertible.message.MessageEvent");
    assertThat(EventKinds.qualified("AgentErrorEvent"))
        .contains("openhands.sdk.event.llm_convertible.observation.AgentErrorEvent");
    assertThat(EventKinds.qualified("PauseEvent"))
        .contains("openhands.sdk.event.user_action.PauseEvent");
    assertThat(EventKinds.qualified("ConversationStateUpdateEvent"))
        .contains("openhands.sdk.event.conversation_state.ConversationStateUpdateEvent");
    assertThat(EventKinds.qualified("ServerErrorEvent"))
        .contains("openhands.agent_server.models.ServerErrorEvent");
    assertThat(EventKinds.qualified("openhands.sdk.event.condenser.Condensation"))
        .contains("openhands.sdk.event.condenser.Condensation");
    assertThat(EventKinds.qualified("StreamingDeltaEvent")).isEmpty();

    assertThat(EventKinds.shortKind("openhands.sdk.event.llm_convertible.action.ActionEvent"))
        .isEqualTo("ActionEvent");
    assertThat(EventKinds.shortKind("ActionEvent")).isEqualTo("ActionEvent");
    assertThat(EventKinds.shortKind("openhands.sdk.event.streaming_delta.StreamingDeltaEvent"))
        .isEqualTo("StreamingDeltaEvent");
  }

  @Test
  void aSearchFilterMatchesTheShortOrTheQualifiedKind() {
    Event message = MessageEvent.fromUser(Message.user("hi"));

    assertThat(EventKinds.kindOf(message)).isEqualTo("MessageEvent");
    assertThat(EventKinds.matches(message, "MessageEvent")).isTrue();
    assertThat(
            EventKinds.matches(message, "openhands.sdk.event.llm_convertible.message.MessageEvent"))
        .isTrue();
    assertThat(EventKinds.matches(message, null)).isTrue();
    assertThat(EventKinds.matches(message, "ActionEvent")).isFalse();
    assertThat(EventKinds.matches(message, "openhands.sdk.event.MessageEvent")).isFalse();
    assertThat(EventKinds.matches(message, "messageevent")).isFalse();
  }

  @Test
  void anUnknownEventMatchesByItsClassName() throws Exception {
    Event delta =
        mapper.readValue(
            "{\"kind\":\"StreamingDeltaEvent\",\"id\":\"e1\",\"source\":\"agent\",\"content\":\"Hel\"}",
            Event.class);

    assertThat(delta).isInstanceOf(UnknownEvent.class);
    assertThat(EventKinds.kindOf(delta)).isEqualTo("StreamingDeltaEvent");
    assertThat(EventKinds.matches(delta, "StreamingDeltaEvent")).isTrue();
    assertThat(EventKinds.matches(delta, "openhands.sdk.event.streaming_delta.StreamingDeltaEvent"))
        .isTrue();
    assertThat(EventKinds.matches(new UnknownEvent(JsonNodeFactory.instance.objectNode()), "X"))
        .isFalse();
  }

  @Test
  void theKindWrittenIsTheShortClassName() {
    assertThat(mapper.valueToTree(PauseEvent.now()).get("kind").asText()).isEqualTo("PauseEvent");
    assertThat(mapper.valueToTree(ServerErrorEvent.of("ValueError", "bad")).get("kind").asText())
        .isEqualTo("ServerErrorEvent");
  }
}
