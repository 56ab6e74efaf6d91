package dev.jhands.events.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.events.json.Wire;
import org.junit.jupiter.api.Test;

class BuildStatusTest {

  @Test
  void aNullErrorIsLeftOutSoTheClientsFallbackMessageApplies() {
    JsonNode written = Wire.mapper().valueToTree(new BuildStatus("FAILURE", null, null));

    assertThat(written.has("error")).isFalse();
    assertThat(written.has("image")).isTrue();
  }

  @Test
  void successAndTheFiveFailuresFinishABuildAndAnythingElseKeepsItRunning() {
    assertThat(new BuildStatus("SUCCESS", "img", null).finished()).isTrue();
    assertThat(new BuildStatus("EXPIRED", null, null).finished()).isTrue();
    assertThat(new BuildStatus("WORKING", null, null).finished()).isFalse();
    assertThat(new BuildStatus("QUEUED", null, null).finished()).isFalse();
    assertThat(new BuildStatus(null, null, null).finished()).isFalse();
  }
}
