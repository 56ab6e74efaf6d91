package dev.jhands.events.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.Wire;
import org.junit.jupiter.api.Test;

class WebhookSpecTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void onlyTheBaseUrlIsRequiredAndTheRestTakesTheBaselineDefaults() throws Exception {
    WebhookSpec spec =
        mapper.readValue("{\"base_url\": \"https://app/api/v1/webhooks\"}", WebhookSpec.class);

    assertThat(spec).isEqualTo(WebhookSpec.of("https://app/api/v1/webhooks"));
    assertThat(spec.headers()).isEmpty();
    assertThat(spec.eventBufferSize()).isEqualTo(10);
    assertThat(spec.flushDelay()).isEqualTo(30.0);
    assertThat(spec.numRetries()).isEqualTo(3);
    assertThat(spec.retryDelay()).isEqualTo(5);
  }

  @Test
  void theFlushDelayIsWrittenAsAFloatAndTheRetryDelayAsAnInteger() {
    JsonNode written = mapper.valueToTree(WebhookSpec.of("https://app"));

    assertThat(written.get("flush_delay").isDouble()).isTrue();
    assertThat(written.get("retry_delay").isInt()).isTrue();
  }

  @Test
  void newerServersBackpressureFieldsAreIgnored() throws Exception {
    WebhookSpec spec =
        mapper.readValue(
            """
            {"base_url": "https://app", "event_buffer_size": 5, "max_queue_size": 1000,
             "max_batch_bytes": 5242880}
            """,
            WebhookSpec.class);

    assertThat(spec.eventBufferSize()).isEqualTo(5);
  }
}
