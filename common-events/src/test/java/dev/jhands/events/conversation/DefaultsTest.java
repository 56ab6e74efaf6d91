package dev.jhands.events.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.Wire;
import dev.jhands.events.llm.LlmConfig;
import dev.jhands.events.llm.Role;
import dev.jhands.events.tool.TaskItem;
import dev.jhands.events.tool.TaskStatus;
import dev.jhands.events.tool.TerminalAction;
import dev.jhands.events.tool.TerminalObservation;
import dev.jhands.events.tool.ToolAction;
import dev.jhands.events.tool.ToolObservation;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Absent fields take the baseline SDK's defaults. */
class DefaultsTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void aBareModelIsACompleteLlmConfig() throws Exception {
    LlmConfig llm = mapper.readValue("{\"model\":\"openai/gpt-5\"}", LlmConfig.class);

    assertThat(llm.model()).isEqualTo("openai/gpt-5");
    assertThat(llm.apiKey()).isNull();
    assertThat(llm.numRetries()).isEqualTo(5);
    assertThat(llm.retryMultiplier()).isEqualTo(8.0);
    assertThat(llm.retryMinWait()).isEqualTo(8);
    assertThat(llm.retryMaxWait()).isEqualTo(64);
    assertThat(llm.maxMessageChars()).isEqualTo(30_000);
    assertThat(llm.topP()).isEqualTo(1.0);
    assertThat(llm.dropParams()).isTrue();
    assertThat(llm.cachingPrompt()).isTrue();
    assertThat(llm.nativeToolCalling()).isTrue();
    assertThat(llm.reasoningEffort()).isEqualTo("high");
    assertThat(llm.extendedThinkingBudget()).isEqualTo(200_000);
    assertThat(llm.usageId()).isEqualTo("default");
    assertThat(llm.litellmExtraBody().isObject()).isTrue();
    assertThat(mapper.readValue("{}", LlmConfig.class).model()).isEqualTo(LlmConfig.DEFAULT_MODEL);
  }

  @Test
  void serviceIdIsReadAsUsageId() throws Exception {
    LlmConfig llm = mapper.readValue("{\"model\":\"m\",\"service_id\":\"agent\"}", LlmConfig.class);

    assertThat(llm.usageId()).isEqualTo("agent");
    assertThat(mapper.valueToTree(llm).has("service_id")).isFalse();
  }

  @Test
  void aMinimalStartRequestGetsTheSdkDefaults() throws Exception {
    StartConversationRequest request =
        mapper.readValue(
            "{\"agent\":{\"llm\":{\"model\":\"m\"}},\"workspace\":{\"working_dir\":\"/w\"}}",
            StartConversationRequest.class);

    assertThat(request.agent().tools()).isEmpty();
    assertThat(request.agent().systemPromptFilename()).isEqualTo("system_prompt.j2");
    assertThat(request.agent().mcpConfig().isEmpty()).isTrue();
    assertThat(request.workspace().workingDir()).isEqualTo("/w");
    assertThat(request.confirmationPolicy()).isEqualTo(new NeverConfirm());
    assertThat(request.maxIterations()).isEqualTo(500);
    assertThat(request.stuckDetection()).isTrue();
    assertThat(request.secrets()).isEmpty();
    assertThat(request.initialMessage()).isNull();
    // Written back complete, with the kinds the SDK expects.
    assertThat(mapper.valueToTree(request).at("/agent/kind").asText()).isEqualTo("Agent");
    assertThat(mapper.valueToTree(request).at("/workspace/kind").asText())
        .isEqualTo("LocalWorkspace");
  }

  @Test
  void aMinimalConversationInfoGetsTheStateDefaults() throws Exception {
    ConversationInfo info = mapper.readValue("{\"id\":\"c1\"}", ConversationInfo.class);

    assertThat(info.executionStatus()).isEqualTo(ExecutionStatus.IDLE);
    assertThat(info.persistenceDir()).isEqualTo("workspace/conversations");
    assertThat(info.maxIterations()).isEqualTo(500);
    assertThat(info.stuckDetection()).isTrue();
    assertThat(info.confirmationPolicy()).isInstanceOf(NeverConfirm.class);
    assertThat(info.stats().usageToMetrics()).isEmpty();
    assertThat(info.secretRegistry().secretSources()).isEmpty();
    assertThat(info.activatedKnowledgeSkills()).isEmpty();
  }

  @Test
  void eventsGetAnIdAndALocalTimestampWhenAbsent() throws Exception {
    LocalDateTime before = LocalDateTime.now().minusSeconds(1);
    Event event = mapper.readValue("{\"kind\":\"PauseEvent\"}", Event.class);

    assertThat(UUID.fromString(event.id())).isNotNull();
    assertThat(EventTimestamps.parse(event.timestamp())).isAfter(before);
    assertThat(event.source()).isEqualTo(EventSource.USER);
  }

  @Test
  void eventSourcesDefaultAsInTheSdk() {
    assertThat(new CondensationRequest(null, null, null).source())
        .isEqualTo(EventSource.ENVIRONMENT);
    assertThat(new AgentErrorEvent(null, null, null, "t", "c", "e").source())
        .isEqualTo(EventSource.AGENT);
    assertThat(ConversationStateUpdateEvent.of("title", null).source())
        .isEqualTo(EventSource.ENVIRONMENT);
  }

  @Test
  void actionAndRejectionDefaults() throws Exception {
    ActionEvent action =
        mapper.readValue(
            "{\"kind\":\"ActionEvent\",\"tool_name\":\"terminal\",\"tool_call_id\":\"t1\","
                + "\"llm_response_id\":\"r1\"}",
            ActionEvent.class);
    assertThat(action.securityRisk()).isEqualTo(SecurityRisk.UNKNOWN);
    assertThat(action.thought()).isEmpty();
    assertThat(action.thinkingBlocks()).isEmpty();
    assertThat(action.action()).isNull();

    UserRejectObservation rejection = UserRejectObservation.rejecting(action, null);
    assertThat(rejection.rejectionReason()).isEqualTo("User rejected the action");
    assertThat(rejection.actionId()).isEqualTo(action.id());
  }

  @Test
  void policyCondenserAndRequestDefaults() throws Exception {
    ConfirmRisky risky = mapper.readValue("{\"kind\":\"ConfirmRisky\"}", ConfirmRisky.class);
    assertThat(risky.threshold()).isEqualTo(SecurityRisk.HIGH);
    assertThat(risky.confirmUnknown()).isTrue();

    LLMSummarizingCondenser condenser =
        mapper.readValue(
            "{\"kind\":\"LLMSummarizingCondenser\",\"llm\":{\"model\":\"m\"}}",
            LLMSummarizingCondenser.class);
    assertThat(condenser.maxSize()).isEqualTo(120);
    assertThat(condenser.keepFirst()).isEqualTo(4);

    assertThat(mapper.readValue("{}", GenerateTitleRequest.class).maxLength()).isEqualTo(50);
    assertThat(mapper.readValue("{\"accept\":false}", ConfirmationResponseRequest.class).reason())
        .isEqualTo("User rejected the action.");
    SendMessageRequest send = mapper.readValue("{}", SendMessageRequest.class);
    assertThat(send.role()).isEqualTo(Role.USER);
    assertThat(send.run()).isFalse();
    assertThat(send.content()).isEmpty();
  }

  @Test
  void aConfirmRiskyThresholdCannotBeUnknown() {
    assertThatThrownBy(() -> new ConfirmRisky(SecurityRisk.UNKNOWN, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void confirmationPoliciesDecideAsTheSdk() {
    ConfirmRisky risky = new ConfirmRisky(SecurityRisk.MEDIUM, false);

    assertThat(risky.shouldConfirm(SecurityRisk.LOW)).isFalse();
    assertThat(risky.shouldConfirm(SecurityRisk.MEDIUM)).isTrue();
    assertThat(risky.shouldConfirm(SecurityRisk.HIGH)).isTrue();
    assertThat(risky.shouldConfirm(SecurityRisk.UNKNOWN)).isFalse();
    assertThat(new AlwaysConfirm().shouldConfirm(SecurityRisk.LOW)).isTrue();
    assertThat(new NeverConfirm().shouldConfirm(SecurityRisk.HIGH)).isFalse();
  }

  @Test
  void toolDefaults() throws Exception {
    ToolAction action =
        mapper.readValue("{\"kind\":\"ExecuteBashAction\",\"command\":\"ls\"}", ToolAction.class);
    assertThat(action).isEqualTo(TerminalAction.of("ls"));

    ToolObservation observation =
        mapper.readValue(
            "{\"kind\":\"ExecuteBashObservation\",\"command\":\"ls\"}", ToolObservation.class);
    TerminalObservation terminal = (TerminalObservation) observation;
    assertThat(terminal.content()).isEmpty();
    assertThat(terminal.isError()).isFalse();
    assertThat(terminal.exitCode()).isNull();
    assertThat(terminal.metadata().exitCode()).isEqualTo(-1);
    assertThat(terminal.metadata().pid()).isEqualTo(-1);
    assertThat(terminal.metadata().prefix()).isEmpty();

    TaskItem task = mapper.readValue("{\"title\":\"t\"}", TaskItem.class);
    assertThat(task.notes()).isEmpty();
    assertThat(task.status()).isEqualTo(TaskStatus.TODO);
  }
}
