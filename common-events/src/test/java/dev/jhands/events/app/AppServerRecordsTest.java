package dev.jhands.events.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.Wire;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AppServerRecordsTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void anEmptyStartRequestAsksForTheDefaultAgentInANewSandbox() throws Exception {
    AppConversationStartRequest request = mapper.readValue("{}", AppConversationStartRequest.class);

    assertThat(request.sandboxId()).isNull();
    assertThat(request.agentType()).isEqualTo(AgentType.DEFAULT);
    assertThat(request.prNumber()).isEmpty();
    assertThat(request.processors()).isNull();
    assertThat(((JsonNode) mapper.valueToTree(request)).get("agent_type").textValue())
        .isEqualTo("default");
  }

  @Test
  void aNewStartTaskIsWorkingAndOnlyReadyAndErrorAreFinal() throws Exception {
    AppConversationStartTask task =
        mapper.readValue("{\"id\": \"t1\", \"request\": {}}", AppConversationStartTask.class);

    assertThat(task.status()).isEqualTo(StartTaskStatus.WORKING);
    assertThat(Arrays.stream(StartTaskStatus.values()).filter(StartTaskStatus::isFinal))
        .containsExactly(StartTaskStatus.READY, StartTaskStatus.ERROR);
    assertThat(StartTaskStatus.values())
        .extracting(StartTaskStatus::wire)
        .startsWith("WORKING", "WAITING_FOR_SANDBOX", "PREPARING_REPOSITORY");
  }

  @Test
  void aConversationWithoutLiveStateHasAMissingSandbox() throws Exception {
    AppConversation conversation =
        mapper.readValue(
            "{\"id\": \"c1\", \"sandbox_id\": \"s1\", \"some_future_field\": 1}",
            AppConversation.class);

    assertThat(conversation.sandboxStatus()).isEqualTo(SandboxStatus.MISSING);
    assertThat(conversation.subConversationIds()).isEmpty();
    assertThat(conversation.executionStatus()).isNull();
  }

  @Test
  void aSandboxThatIsNotRunningKeepsItsUrlsNullRatherThanEmpty() throws Exception {
    SandboxInfo sandbox =
        mapper.readValue(
            "{\"id\": \"s1\", \"status\": \"STARTING\", \"exposed_urls\": null}",
            SandboxInfo.class);

    assertThat(sandbox.exposedUrls()).isNull();
    assertThat(((JsonNode) mapper.valueToTree(sandbox)).get("exposed_urls").isNull()).isTrue();
  }

  @Test
  void aSpecWithoutWorkingDirWorksInWorkspaceProject() throws Exception {
    SandboxSpec spec = mapper.readValue("{\"id\": \"img\"}", SandboxSpec.class);

    assertThat(spec.workingDir()).isEqualTo("/workspace/project");
    assertThat(spec.initialEnv()).isEmpty();
    assertThat(spec.command()).isNull();
  }

  @Test
  void userInfoIsTheSettingsWithTheIdBesideThemInOneFlatObject() throws Exception {
    UserInfo user =
        mapper.readValue(
            """
            {"id": "user-42", "llm_model": "gpt-5", "llm_api_key": "sk-1",
             "confirmation_mode": true, "language": "en", "enable_sound_notifications": false,
             "secrets_store": {"custom_secrets": {"API": {"secret": "v"}}}}
            """,
            UserInfo.class);

    assertThat(user.id()).isEqualTo("user-42");
    assertThat(user.settings().llmModel()).isEqualTo("gpt-5");
    assertThat(user.settings().confirmationMode()).isTrue();
    assertThat(user.settings().secretsStore().customSecrets().get("API"))
        .isEqualTo(new CustomSecret("v", ""));
    assertThat(user.settings().secretsStore().providerTokens()).isEmpty();
    JsonNode written = mapper.valueToTree(user);
    assertThat(written.has("settings")).isFalse();
    assertThat(written.get("llm_model").textValue()).isEqualTo("gpt-5");
  }

  @Test
  void settingsWithoutASecretsStoreHaveAnEmptyOne() throws Exception {
    Settings settings = mapper.readValue("{\"llm_model\": \"gpt-5\"}", Settings.class);

    assertThat(settings.secretsStore()).isEqualTo(SecretsStore.EMPTY);
  }
}
