package dev.jhands.agent.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OhEnvConfigSourceTest {

  private static Map<String, String> props(Map<String, String> env) {
    return new OhEnvConfigSource(env).getProperties();
  }

  @Test
  void everyIndexedSessionKeyInIndexOrderWithGapsClosed() {
    Map<String, String> props =
        props(
            Map.of(
                "OH_SESSION_API_KEYS_0", "k0",
                "OH_SESSION_API_KEYS_2", "k2",
                "OH_SESSION_API_KEYS_11", "k11",
                "SESSION_API_KEY", "legacy"));
    assertThat(props)
        .containsEntry("jhands.agent.session-api-keys[0]", "k0")
        .containsEntry("jhands.agent.session-api-keys[1]", "k2")
        .containsEntry("jhands.agent.session-api-keys[2]", "k11")
        .doesNotContainValue("legacy")
        .hasSize(3);
  }

  @Test
  void legacySessionKeyWhenNoIndexedOne() {
    assertThat(props(Map.of("SESSION_API_KEY", "legacy")))
        .containsExactlyEntriesOf(Map.of("jhands.agent.session-api-keys[0]", "legacy"));
  }

  @Test
  void wholeListAsJson() {
    assertThat(props(Map.of("OH_SESSION_API_KEYS", "[\"a\",\"b\"]")))
        .containsEntry("jhands.agent.session-api-keys[0]", "a")
        .containsEntry("jhands.agent.session-api-keys[1]", "b");
  }

  @Test
  void indexedWebhooksFieldByField() {
    Map<String, String> props =
        props(
            Map.of(
                "OH_WEBHOOKS_0_BASE_URL", "http://app:3000/api/v1/webhooks",
                "OH_WEBHOOKS_0_HEADERS", "{\"X-A\":\"1\"}",
                "OH_WEBHOOKS_0_EVENT_BUFFER_SIZE", "4",
                "OH_WEBHOOKS_0_FLUSH_DELAY", "0.5",
                "OH_WEBHOOKS_0_NUM_RETRIES", "2",
                "OH_WEBHOOKS_0_RETRY_DELAY", "1",
                "OH_WEBHOOKS_3_BASE_URL", "http://other"));
    assertThat(props)
        .containsEntry("jhands.agent.webhooks[0].base-url", "http://app:3000/api/v1/webhooks")
        .containsEntry("jhands.agent.webhooks[0].headers", "{\"X-A\":\"1\"}")
        .containsEntry("jhands.agent.webhooks[0].event-buffer-size", "4")
        .containsEntry("jhands.agent.webhooks[0].flush-delay", "0.5")
        .containsEntry("jhands.agent.webhooks[0].num-retries", "2")
        .containsEntry("jhands.agent.webhooks[0].retry-delay", "1")
        .containsEntry("jhands.agent.webhooks[1].base-url", "http://other");
  }

  @Test
  void webhooksAsJsonGetTheDefaults() {
    Map<String, String> props =
        props(Map.of("OH_WEBHOOKS", "[{\"base_url\":\"http://app/hooks\",\"num_retries\":1}]"));
    assertThat(props)
        .containsEntry("jhands.agent.webhooks[0].base-url", "http://app/hooks")
        .containsEntry("jhands.agent.webhooks[0].num-retries", "1")
        .containsEntry("jhands.agent.webhooks[0].event-buffer-size", "10")
        .containsEntry("jhands.agent.webhooks[0].flush-delay", "30.0");
  }

  @Test
  void secretKeyAndDeferredInit() {
    assertThat(props(Map.of("OH_SECRET_KEY", "sk", "OH_DEFERRED_INIT", "true")))
        .containsEntry("jhands.agent.secret-key", "sk")
        .containsEntry("jhands.agent.deferred-init", "true");
  }

  @Test
  void badJsonSaysWhichVariable() {
    assertThatThrownBy(() -> props(Map.of("OH_WEBHOOKS", "[{")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OH_WEBHOOKS");
  }

  @Test
  void nothingSetGivesNothing() {
    assertThat(props(Map.of("PATH", "/usr/bin"))).isEmpty();
  }
}
