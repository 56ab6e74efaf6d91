package dev.jhands.events.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.Wire;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartRuntimeRequestTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void aListCommandIsReadAsAnArgumentVectorAndWrittenBackAsAList() throws Exception {
    StartRuntimeRequest request =
        mapper.readValue(
            """
            {"image": "img", "command": ["/usr/local/bin/openhands-agent-server", "--port", "60000"]}
            """,
            StartRuntimeRequest.class);

    assertThat(request.command().isLine()).isFalse();
    assertThat(request.command().argv())
        .containsExactly("/usr/local/bin/openhands-agent-server", "--port", "60000");
    JsonNode written = mapper.valueToTree(request);
    assertThat(written.get("command").isArray()).isTrue();
    assertThat(written.get("command")).hasSize(3);
  }

  @Test
  void aStringCommandIsReadAsOneLineAndWrittenBackAsAString() throws Exception {
    StartRuntimeRequest request =
        mapper.readValue(
            """
            {"image": "img", "command": "/usr/local/bin/openhands-agent-server --port 60000"}
            """,
            StartRuntimeRequest.class);

    assertThat(request.command().isLine()).isTrue();
    assertThat(request.command().line())
        .isEqualTo("/usr/local/bin/openhands-agent-server --port 60000");
    assertThat(request.command().argv()).isNull();
    JsonNode written = mapper.valueToTree(request);
    assertThat(written.get("command").textValue())
        .isEqualTo("/usr/local/bin/openhands-agent-server --port 60000");
  }

  @Test
  void aNullCommandStaysNullForTheImagesOwnEntryPoint() throws Exception {
    StartRuntimeRequest request =
        mapper.readValue("{\"image\": \"img\", \"command\": null}", StartRuntimeRequest.class);

    assertThat(request.command()).isNull();
    assertThat(((JsonNode) mapper.valueToTree(request)).get("command").isNull()).isTrue();
  }

  @Test
  void aCommandThatIsNeitherAStringNorAListOfStringsIsRejected() {
    assertThatThrownBy(() -> mapper.readValue("{\"command\": 60000}", StartRuntimeRequest.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(
            () -> mapper.readValue("{\"command\": [\"--port\", 60000]}", StartRuntimeRequest.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> new RuntimeCommand(List.of("a"), "a"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSdkBodyGetsResourceFactorOneAndKeepsItsOmittedKnobsOmitted() throws Exception {
    // The SDK's literal body: no resource_factor (it is 1), no run_as_group.
    StartRuntimeRequest request =
        mapper.readValue(
            """
            {
              "image": "ghcr.io/openhands/agent-server:611629e-python",
              "command": "/usr/local/bin/openhands-agent-server --port 60000",
              "working_dir": "/",
              "environment": {},
              "session_id": "agent-server-3f1c2a9e-7b4d-4e8a-9c1f-2d6b8e0a5c37",
              "run_as_user": 10001,
              "fs_group": 10001,
              "image_pull_policy": "IfNotPresent"
            }
            """,
            StartRuntimeRequest.class);

    assertThat(request.resourceFactor()).isEqualTo(1);
    assertThat(request.runAsUser()).isEqualTo(10001);
    assertThat(request.runAsGroup()).isNull();
    assertThat(request.imagePullPolicy()).isEqualTo(ImagePullPolicy.IF_NOT_PRESENT);
    JsonNode written = mapper.valueToTree(request);
    assertThat(written.has("run_as_group")).isFalse();
    assertThat(written.has("runtime_class")).isFalse();
    assertThat(written.get("resource_factor").intValue()).isEqualTo(1);
  }

  @Test
  void absentEnvironmentIsEmptyAndUnknownFieldsAreIgnored() throws Exception {
    StartRuntimeRequest request =
        mapper.readValue(
            """
            {"image": "img", "session_id": "s1", "gpu_count": 1, "labels": {"team": "a"}}
            """,
            StartRuntimeRequest.class);

    assertThat(request.environment()).isEmpty();
    assertThat(request.sessionId()).isEqualTo("s1");
  }

  @Test
  void anImagePullPolicyOutsideTheKubernetesVocabularyIsRejected() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"image_pull_policy\": \"Sometimes\"}", StartRuntimeRequest.class))
        .isInstanceOf(JsonMappingException.class);
  }
}
