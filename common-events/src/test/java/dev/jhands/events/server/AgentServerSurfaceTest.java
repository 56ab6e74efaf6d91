package dev.jhands.events.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.Wire;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentServerSurfaceTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void serverInfoHasTheBaselineShapeWithFloatTimesAndNoExtras() {
    JsonNode written = mapper.valueToTree(AgentServerInfo.of(3721, 14, "1.1.0"));

    assertThat(written.get("uptime").isDouble()).isTrue();
    assertThat(written.get("idle_time").doubleValue()).isEqualTo(14.0);
    assertThat(written.get("title").textValue()).isEqualTo("OpenHands Agent Server");
    assertThat(written.get("docs").textValue()).isEqualTo("/docs");
    assertThat(written.get("redoc").textValue()).isEqualTo("/redoc");
    assertThat(written.properties())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder("uptime", "idle_time", "title", "version", "docs", "redoc");
  }

  @Test
  void serverInfoWithIntegerTimesFromAnotherServerStillReads() throws Exception {
    AgentServerInfo info =
        mapper.readValue("{\"uptime\": 12, \"idle_time\": 3}", AgentServerInfo.class);

    assertThat(info.uptime()).isEqualTo(12.0);
    assertThat(info.title()).isEqualTo(AgentServerInfo.TITLE);
  }

  @Test
  void anInitBodyWithOnlyKeysAndWebhooksLeavesEveryOtherSettingAlone() throws Exception {
    InitRequest request =
        mapper.readValue(
            """
            {"session_api_keys": ["k1"], "webhooks": [{"base_url": "https://app/hooks"}]}
            """,
            InitRequest.class);

    assertThat(request.sessionApiKeys()).containsExactly("k1");
    assertThat(request.webhooks()).containsExactly(WebhookSpec.of("https://app/hooks"));
    assertThat(request.secretKey()).isNull();
    assertThat(request.env()).isNull();
    assertThat(request.maxConcurrentRuns()).isNull();
  }

  @Test
  void initStatesAreLowerCaseOnTheWire() throws Exception {
    InitStatus status = mapper.readValue("{\"state\": \"initializing\"}", InitStatus.class);

    assertThat(status.state()).isEqualTo(InitState.INITIALIZING);
    assertThat(status.error()).isNull();
    assertThat(mapper.writeValueAsString(new InitStatus(InitState.DORMANT, null)))
        .isEqualTo("{\"state\":\"dormant\",\"error\":null}");
    assertThatThrownBy(() -> mapper.readValue("{\"state\": \"READY\"}", InitStatus.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void readinessAndVscodeStatusCarryAMessageOnlyWhenNotReady() {
    assertThat(mapper.valueToTree(ReadyStatus.READY).toString())
        .isEqualTo("{\"status\":\"ready\"}");
    assertThat(((JsonNode) mapper.valueToTree(ReadyStatus.INITIALIZING)).has("message")).isTrue();
    assertThat(((JsonNode) mapper.valueToTree(VscodeStatus.ofEnabled(true))).has("message"))
        .isFalse();
    assertThat(VscodeStatus.DISABLED.enabled()).isFalse();
  }

  @Test
  void newerServerInfoExtrasAreKept() throws Exception {
    AgentServerInfo info =
        mapper.readValue(
            """
            {"uptime": 1.0, "idle_time": 1.0, "version": "1.43.1",
             "usable_tools": ["terminal"], "capabilities": [], "python_version": "3.12.7"}
            """,
            AgentServerInfo.class);

    assertThat(info.usableTools()).isEqualTo(List.of("terminal"));
    assertThat(info.capabilities()).isEmpty();
    assertThat(info.sdkVersion()).isNull();
  }
}
