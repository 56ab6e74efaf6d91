package dev.jhands.events.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.Wire;
import dev.jhands.events.llm.TextContent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolKindsTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void theTerminalIsWrittenWithTheBaselineKindAndReadUnderEitherName() throws Exception {
    assertThat(mapper.valueToTree(TerminalAction.of("ls")).get("kind").asText())
        .isEqualTo("ExecuteBashAction");

    ToolAction head =
        mapper.readValue("{\"kind\":\"TerminalAction\",\"command\":\"ls\"}", ToolAction.class);
    assertThat(head).isEqualTo(TerminalAction.of("ls"));

    ToolObservation observation =
        mapper.readValue(
            "{\"kind\":\"TerminalObservation\",\"command\":\"ls\",\"exit_code\":0}",
            ToolObservation.class);
    assertThat(observation).isInstanceOf(TerminalObservation.class);
    assertThat(mapper.valueToTree(observation).get("kind").asText())
        .isEqualTo("ExecuteBashObservation");
  }

  @Test
  void anUnknownActionIsKeptAsIs() throws Exception {
    String json = "{\"kind\":\"GlobAction\",\"pattern\":\"**/*.py\",\"path\":null}";

    ToolAction action = mapper.readValue(json, ToolAction.class);

    assertThat(action).isInstanceOf(UnknownToolAction.class);
    assertThat(((UnknownToolAction) action).kind()).isEqualTo("GlobAction");
    assertThat((JsonNode) mapper.valueToTree(action)).isEqualTo(mapper.readTree(json));
  }

  @Test
  void anUnknownObservationStillExposesItsContent() throws Exception {
    ToolObservation observation =
        mapper.readValue(
            "{\"kind\":\"MCPToolObservation\",\"content\":[{\"type\":\"text\",\"text\":\"ok\"}],"
                + "\"is_error\":true,\"tool_name\":\"fetch\"}",
            ToolObservation.class);

    assertThat(observation.content()).containsExactly(TextContent.of("ok"));
    assertThat(observation.isError()).isTrue();

    ToolObservation odd =
        mapper.readValue(
            "{\"kind\":\"X\",\"content\":[{\"type\":\"video\"}]}", ToolObservation.class);
    assertThat(odd.content()).isEmpty();
    assertThat(odd.isError()).isFalse();
  }

  @Test
  void theRawJsonOfAnUnknownActionCannotBeChangedFromOutside() throws Exception {
    UnknownToolAction action =
        (UnknownToolAction) mapper.readValue("{\"kind\":\"X\",\"a\":1}", ToolAction.class);

    action.json().put("a", 2);

    assertThat(action.json().get("a").asInt()).isEqualTo(1);
  }

  @Test
  void everyDefaultToolNameIsRegistryStyle() {
    assertThat(ToolNames.DEFAULT_AGENT)
        .containsExactly("terminal", "file_editor", "task_tracker", "browser_tool_set");
    assertThat(ToolNames.BROWSER).hasSize(10).allMatch(name -> name.startsWith("browser_"));
    assertThat(ToolNames.BUILT_IN).containsExactlyInAnyOrder("finish", "think");
  }

  @Test
  void enumsUseTheSdkLiterals() {
    assertThat(mapper.valueToTree(FileEditorCommand.UNDO_EDIT).asText()).isEqualTo("undo_edit");
    assertThat(mapper.valueToTree(TaskStatus.IN_PROGRESS).asText()).isEqualTo("in_progress");
    assertThat(mapper.valueToTree(new BrowserScrollAction(null)).get("direction").asText())
        .isEqualTo("down");
    assertThat(mapper.valueToTree(new TaskTrackerAction(null, List.of())).get("command").asText())
        .isEqualTo("view");
  }
}
