package dev.jhands.events.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The type strings come from the sealed families and match OpenHands' registries. */
class TypeRegistryTest {

  @Test
  void actionTypesAreOpenHandsActionTypeToClass() {
    assertThat(TypeRegistry.ACTIONS.names())
        .containsExactlyInAnyOrder(
            "null",
            "run",
            "run_ipython",
            "browse",
            "browse_interactive",
            "read",
            "write",
            "edit",
            "think",
            "finish",
            "reject",
            "delegate",
            "recall",
            "change_agent_state",
            "message",
            "system",
            "condensation",
            "condensation_request",
            "call_tool_mcp",
            "task_tracking",
            "loop_recovery");
  }

  @Test
  void observationTypesAreOpenHandsObservationTypeToClass() {
    assertThat(TypeRegistry.OBSERVATIONS.names())
        .containsExactlyInAnyOrder(
            "null",
            "run",
            "run_ipython",
            "browse",
            "read",
            "write",
            "edit",
            "delegate",
            "success",
            "error",
            "agent_state_changed",
            "user_rejected",
            "condense",
            "think",
            "recall",
            "mcp",
            "download",
            "task_tracking",
            "loop_detection");
  }

  @Test
  void eachRecordKnowsItsTypeString() {
    assertThat(CmdRunAction.of("ls").actionType()).isEqualTo("run");
    assertThat(new McpAction("t", null, null, null).actionType()).isEqualTo("call_tool_mcp");
    assertThat(new FileDownloadObservation("", "/f").observationType()).isEqualTo("download");
    assertThat(TypeRegistry.ACTIONS.classFor("browse")).isEqualTo(BrowseUrlAction.class);
    assertThat(TypeRegistry.ACTIONS.classFor("frobnicate")).isNull();
  }

  @Test
  void aPermittedSubclassWithoutATypeNameIsABug() {
    assertThatThrownBy(() -> TypeRegistry.of(Unnamed.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no @JsonTypeName");
  }

  sealed interface Unnamed permits Nameless {}

  record Nameless() implements Unnamed {}
}
