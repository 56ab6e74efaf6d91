package dev.jhands.events.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.api.Page;
import dev.jhands.events.json.Wire;
import dev.jhands.events.llm.Role;
import dev.jhands.events.secret.LookupSecret;
import dev.jhands.events.secret.StaticSecret;
import dev.jhands.events.tool.FinishAction;
import dev.jhands.events.tool.TerminalAction;
import dev.jhands.events.tool.TerminalObservation;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents as the baseline SDK and agent server write them read without losing anything. */
class OpenHandsSamplesTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void aConversationInfoFromTheAgentServer() throws Exception {
    JsonNode sample = sample("ConversationInfo.sdk.json");

    ConversationInfo info = mapper.treeToValue(sample, ConversationInfo.class);

    assertThat((JsonNode) mapper.valueToTree(info)).isEqualTo(sample);
    assertThat(info.executionStatus()).isEqualTo(ExecutionStatus.WAITING_FOR_CONFIRMATION);
    assertThat(info.confirmationPolicy()).isEqualTo(new ConfirmRisky(SecurityRisk.MEDIUM, true));
    assertThat(info.securityAnalyzer()).isInstanceOf(LLMSecurityAnalyzer.class);
    assertThat(info.workspace().workingDir()).isEqualTo("/workspace/project");
    assertThat(info.agent().llm().apiKey().isRedacted()).isTrue();
    assertThat(info.agent().tools()).extracting(ToolSpec::name).contains("terminal");
    assertThat(info.agent().condenser())
        .isInstanceOfSatisfying(
            LLMSummarizingCondenser.class,
            c -> assertThat(c.llm().usageId()).isEqualTo("condenser"));
    assertThat(info.agent().agentContext().skills().get(1).trigger())
        .isInstanceOf(KeywordTrigger.class);
    assertThat(info.stats().usageToMetrics()).containsOnlyKeys("agent", "condenser");
    assertThat(info.stats().usageToMetrics().get("agent").tokenUsages()).hasSize(1);
    assertThat(info.secretRegistry().secretSources().get("GITHUB_TOKEN"))
        .isInstanceOf(StaticSecret.class);
    assertThat(info.secretRegistry().secretSources().get("GIT_TOKEN"))
        .isInstanceOfSatisfying(
            LookupSecret.class, s -> assertThat(s.headers()).containsKey("X-Access-Token"));
    assertThat(info.metrics().accumulatedCost()).isEqualTo(0.011964);
    assertThat(info.createdAt()).isEqualTo("2025-11-12T09:15:29.998877Z");
  }

  @Test
  void aWebhookBatchOfEvents() throws Exception {
    JsonNode sample = sample("webhook-events.sdk.json");

    List<Event> events = mapper.convertValue(sample, new TypeReference<List<Event>>() {});

    String written =
        mapper.writerFor(new TypeReference<List<Event>>() {}).writeValueAsString(events);
    assertThat(mapper.readTree(written)).isEqualTo(sample);
    assertThat(events)
        .extracting(EventKinds::kindOf)
        .containsExactly(
            "SystemPromptEvent",
            "MessageEvent",
            "ConversationStateUpdateEvent",
            "ActionEvent",
            "ObservationEvent",
            "ActionEvent",
            "ObservationEvent",
            "ConversationStateUpdateEvent");
    assertThat(((MessageEvent) events.get(1)).llmMessage().role()).isEqualTo(Role.USER);
    ActionEvent bash = (ActionEvent) events.get(3);
    assertThat(bash.action()).isInstanceOf(TerminalAction.class);
    assertThat(bash.securityRisk()).isEqualTo(SecurityRisk.LOW);
    ObservationEvent result = (ObservationEvent) events.get(4);
    assertThat(result.actionId()).isEqualTo(bash.id());
    assertThat(((TerminalObservation) result.observation()).exitCode()).isEqualTo(1);
    assertThat(((ActionEvent) events.get(5)).action()).isInstanceOf(FinishAction.class);
    assertThat(((ConversationStateUpdateEvent) events.get(7)).executionStatus())
        .contains(ExecutionStatus.FINISHED);
  }

  @Test
  void anEventPageIsAPageOfEvents() throws Exception {
    JsonNode events = sample("webhook-events.sdk.json");
    ObjectNode page = mapper.createObjectNode();
    page.set("items", events);
    page.put("next_page_id", "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a");

    Page<Event> read = mapper.convertValue(page, new TypeReference<Page<Event>>() {});

    assertThat(read.items()).hasSize(8).first().isInstanceOf(SystemPromptEvent.class);
    String written = mapper.writerFor(new TypeReference<Page<Event>>() {}).writeValueAsString(read);
    assertThat(mapper.readTree(written)).isEqualTo(page);
  }

  private JsonNode sample(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
      return mapper.readTree(in);
    }
  }
}
