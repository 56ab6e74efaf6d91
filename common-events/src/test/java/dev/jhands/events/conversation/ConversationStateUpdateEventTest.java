package dev.jhands.events.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.jhands.events.json.GoldenFixtures;
import dev.jhands.events.json.Wire;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ConversationStateUpdateEventTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void anExecutionStatusUpdateHasTheShapeTheFrontendReads() {
    ConversationStateUpdateEvent event =
        ConversationStateUpdateEvent.ofExecutionStatus(ExecutionStatus.WAITING_FOR_CONFIRMATION);

    JsonNode json = mapper.valueToTree(event);

    assertThat(json.get("kind").asText()).isEqualTo("ConversationStateUpdateEvent");
    assertThat(json.get("source").asText()).isEqualTo("environment");
    assertThat(json.get("key").asText()).isEqualTo("execution_status");
    assertThat(json.get("value")).isEqualTo(TextNode.valueOf("waiting_for_confirmation"));
    assertThat(json.get("id").asText()).isNotBlank();
    assertThat(json.get("timestamp").asText()).doesNotEndWith("Z");
  }

  @Test
  void readsTheStatusOfAnUpdate() throws Exception {
    Event event = mapper.readValue(fixture("ConversationStateUpdateEvent.json"), Event.class);

    assertThat(event).isInstanceOf(ConversationStateUpdateEvent.class);
    assertThat(((ConversationStateUpdateEvent) event).executionStatus())
        .contains(ExecutionStatus.RUNNING);
  }

  @Test
  void readsTheStatusOfAFullSnapshot() throws Exception {
    ConversationStateUpdateEvent event =
        (ConversationStateUpdateEvent)
            mapper.readValue(fixture("ConversationStateUpdateEvent.full-state.json"), Event.class);

    assertThat(event.key()).isEqualTo(ConversationStateUpdateEvent.FULL_STATE);
    assertThat(event.executionStatus()).contains(ExecutionStatus.IDLE);
    // The snapshot is a ConversationInfo without the server's extras, so it reads as one.
    ConversationInfo state = mapper.treeToValue(event.value(), ConversationInfo.class);
    assertThat(state.agent().llm().usageId()).isEqualTo("agent");
  }

  @Test
  void otherKeysCarryNoStatus() {
    assertThat(ConversationStateUpdateEvent.of("title", TextNode.valueOf("x")).executionStatus())
        .isEmpty();
    assertThat(
            ConversationStateUpdateEvent.of("execution_status", TextNode.valueOf("dancing"))
                .executionStatus())
        .isEmpty();
  }

  @Test
  void everyStatusHasItsLowerCaseWireValue() {
    for (ExecutionStatus status : ExecutionStatus.values()) {
      assertThat(mapper.valueToTree(status).asText()).isEqualTo(status.value());
      assertThat(ExecutionStatus.fromValue(status.value())).contains(status);
    }
    assertThat(ExecutionStatus.WAITING_FOR_CONFIRMATION.value())
        .isEqualTo("waiting_for_confirmation");
  }

  private static String fixture(String name) throws Exception {
    return Files.readString(GoldenFixtures.root().resolve("conversation").resolve(name));
  }
}
