package dev.jhands.events.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.Wire;
import org.junit.jupiter.api.Test;

class WarmRuntimeConfigTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void podIdsDefaultToUid10001WhenAbsentOrNull() throws Exception {
    WarmRuntimeConfig config =
        mapper.readValue(
            """
            {"name": "v1_current", "image": "img", "command": null, "environment": {},
             "working_dir": "/workspace/project", "run_as_group": null}
            """,
            WarmRuntimeConfig.class);

    assertThat(config.runAsUser()).isEqualTo(10001);
    assertThat(config.runAsGroup()).isEqualTo(10001);
    assertThat(config.fsGroup()).isEqualTo(10001);
  }

  @Test
  void rootIdsAreKeptWhenConfigured() throws Exception {
    WarmRuntimeConfig config =
        mapper.readValue(
            "{\"name\": \"root\", \"run_as_user\": 0, \"run_as_group\": 0, \"fs_group\": 0}",
            WarmRuntimeConfig.class);

    assertThat(config.runAsUser()).isZero();
    assertThat(config.runAsGroup()).isZero();
    assertThat(config.fsGroup()).isZero();
  }

  @Test
  void poolFieldsDefaultToOneRuntimeOfFactorOneOnTheServerRuntimeClass() throws Exception {
    WarmRuntimeConfig config = mapper.readValue("{\"name\": \"v1\"}", WarmRuntimeConfig.class);

    assertThat(config.poolSize()).isEqualTo(1);
    assertThat(config.resourceFactor()).isEqualTo(1);
    assertThat(config.runtimeClass()).isNull();
    assertThat(config.environment()).isEmpty();
  }

  @Test
  void theCommandIsAListNeverOneLineBecauseStrictClientsValidateItAsOne() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"name\": \"v1\", \"command\": \"/usr/local/bin/openhands-agent-server\"}",
                    WarmRuntimeConfig.class))
        .isInstanceOf(JsonMappingException.class);
  }
}
