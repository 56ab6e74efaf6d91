package dev.jhands.events.bash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.api.Page;
import dev.jhands.events.json.Wire;
import org.junit.jupiter.api.Test;

class BashEventTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void theStartRequestTimesOutAfter300SecondsByDefault() throws Exception {
    ExecuteBashRequest request =
        mapper.readValue("{\"command\": \"ls -la\"}", ExecuteBashRequest.class);

    assertThat(request.timeout()).isEqualTo(300);
    assertThat(request.cwd()).isNull();
  }

  @Test
  void aCommandEventWithoutTimeoutGetsTheDefaultToo() throws Exception {
    BashEvent event =
        mapper.readValue(
            "{\"kind\": \"BashCommand\", \"id\": \"c1\", \"command\": \"ls\"}", BashEvent.class);

    assertThat(event).isInstanceOf(BashCommand.class);
    assertThat(((BashCommand) event).timeout()).isEqualTo(300);
  }

  @Test
  void anOutputChunkOfARunningCommandWritesItsNullExitCodeAndKind() throws Exception {
    BashOutput output =
        mapper.readValue(
            "{\"kind\": \"BashOutput\", \"id\": \"o1\", \"command_id\": \"c1\", \"stdout\": \"a\"}",
            BashOutput.class);

    assertThat(output.order()).isZero();
    assertThat(output.isRunning()).isTrue();
    JsonNode written = mapper.valueToTree(output);
    assertThat(written.get("kind").textValue()).isEqualTo("BashOutput");
    assertThat(written.get("exit_code").isNull()).isTrue();
    assertThat(written.has("running")).isFalse();
  }

  @Test
  void aSearchPageReadsBothKindsAndIgnoresUnknownFields() throws Exception {
    Page<BashEvent> page =
        mapper.readValue(
            """
            {"items": [
               {"kind": "BashCommand", "id": "c1", "timestamp": "2025-11-15T10:21:05Z",
                "command": "ls", "cwd": null, "timeout": 30, "source": "user"},
               {"kind": "BashOutput", "id": "o1", "timestamp": "2025-11-15T10:21:06Z",
                "command_id": "c1", "order": 0, "exit_code": 0, "stdout": "a\\n", "stderr": null}
             ],
             "next_page_id": null}
            """,
            new TypeReference<>() {});

    assertThat(page.items())
        .hasExactlyElementsOfTypes(BashCommand.class, BashOutput.class)
        .extracting(BashEvent::id)
        .containsExactly("c1", "o1");
    assertThat(((BashOutput) page.items().get(1)).exitCode()).isZero();
  }
}
