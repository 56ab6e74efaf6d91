package dev.jhands.events.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.GoldenFixtures;
import dev.jhands.events.json.Wire;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuntimeTest {

  private static final List<String> STRICT_STRING_FIELDS =
      List.of("runtime_id", "session_id", "url", "session_api_key", "status", "status_detail");

  private final ObjectMapper mapper = Wire.mapper();

  @ParameterizedTest
  @ValueSource(strings = {"running", "RUNNING", "Running"})
  void statusIsReadInAnyCaseAndWrittenInLowerCase(String status) throws Exception {
    Runtime runtime = mapper.readValue("{\"status\": \"" + status + "\"}", Runtime.class);

    assertThat(runtime.status()).isEqualTo(RuntimeStatus.RUNNING);
    assertThat(((JsonNode) mapper.valueToTree(runtime)).get("status").textValue())
        .isEqualTo("running");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not found", "NOT FOUND", "Not Found"})
  void podStatusNotFoundKeepsItsSpace(String podStatus) throws Exception {
    Runtime runtime = mapper.readValue("{\"pod_status\": \"" + podStatus + "\"}", Runtime.class);

    assertThat(runtime.podStatus()).isEqualTo(PodStatus.NOT_FOUND);
    assertThat(((JsonNode) mapper.valueToTree(runtime)).get("pod_status").textValue())
        .isEqualTo("not found");
  }

  @Test
  void crashLoopBackOffIsReadAsKubernetesWritesIt() throws Exception {
    Runtime runtime = mapper.readValue("{\"pod_status\": \"CrashLoopBackOff\"}", Runtime.class);

    assertThat(runtime.podStatus()).isEqualTo(PodStatus.CRASH_LOOP_BACK_OFF);
  }

  @Test
  void statusesOutsideTheVocabularyReadAsNullInsteadOfFailingTheObject() throws Exception {
    Runtime runtime =
        mapper.readValue(
            "{\"runtime_id\": \"rt-1\", \"status\": \"hibernating\", \"pod_status\": \"evicted\"}",
            Runtime.class);

    assertThat(runtime.runtimeId()).isEqualTo("rt-1");
    assertThat(runtime.status()).isNull();
    assertThat(runtime.podStatus()).isNull();
  }

  @Test
  void unknownFieldsAreIgnored() throws Exception {
    Runtime runtime =
        mapper.readValue(
            """
            {"runtime_id": "rt-1", "pod_ip": "10.4.2.7", "node": {"name": "n1"}, "cost": 0.3}
            """,
            Runtime.class);

    assertThat(runtime.runtimeId()).isEqualTo("rt-1");
  }

  static Stream<GoldenFixtures.Fixture> runtimeFixtures() {
    return GoldenFixtures.all().stream().filter(f -> f.type() == Runtime.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runtimeFixtures")
  void theSixFieldsStrictClientsValidateAreAlwaysPresentAsStringsOrNull(
      GoldenFixtures.Fixture fixture) throws Exception {
    JsonNode written = mapper.valueToTree(mapper.treeToValue(fixture.json(), Runtime.class));

    for (String field : STRICT_STRING_FIELDS) {
      assertThat(written.has(field)).as(field).isTrue();
      assertThat(written.get(field).isTextual() || written.get(field).isNull()).as(field).isTrue();
    }
    if (written.has("pod_status")) {
      assertThat(written.get("pod_status").isTextual()).isTrue();
    }
    if (written.has("restart_count")) {
      assertThat(written.get("restart_count").isIntegralNumber()).isTrue();
    }
  }

  @Test
  void anEmptyRuntimeWritesNullsForIdentityAndLeavesOutTheDiagnostics() {
    Runtime empty =
        new Runtime(null, null, null, null, null, null, null, null, null, null, null, null, null);

    JsonNode written = mapper.valueToTree(empty);

    assertThat(written.get("session_api_key").isNull()).isTrue();
    assertThat(written.get("work_hosts").isEmpty()).isTrue();
    assertThat(written.has("pod_status")).isFalse();
    assertThat(written.has("restart_count")).isFalse();
    assertThat(written.has("restart_reasons")).isFalse();
    assertThat(written.has("container_statuses")).isFalse();
    assertThat(written.has("events")).isFalse();
    assertThat(written.has("pod_logs")).isFalse();
  }

  @Test
  void aBatchAnswerKeepsNullForAMissingSession() throws Exception {
    List<Runtime> batch =
        mapper.readValue(
            "[{\"runtime_id\": \"rt-1\", \"session_id\": \"a\"}, null]", new TypeReference<>() {});

    assertThat(batch).hasSize(2);
    assertThat(batch.get(0).sessionId()).isEqualTo("a");
    assertThat(batch.get(1)).isNull();
  }

  @Test
  void aListWithoutTotalCountsItsRuntimes() throws Exception {
    RuntimeList list =
        mapper.readValue(
            "{\"runtimes\": [{\"runtime_id\": \"rt-1\"}, {\"runtime_id\": \"rt-2\"}]}",
            RuntimeList.class);

    assertThat(list.total()).isEqualTo(2);
    assertThat(RuntimeList.of(List.of()).total()).isZero();
  }
}
