package dev.jhands.events.secret;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.conversation.Agent;
import dev.jhands.events.conversation.ConversationInfo;
import dev.jhands.events.conversation.GenerateTitleRequest;
import dev.jhands.events.conversation.LLMSummarizingCondenser;
import dev.jhands.events.conversation.LocalWorkspace;
import dev.jhands.events.conversation.SendMessageRequest;
import dev.jhands.events.conversation.StartConversationRequest;
import dev.jhands.events.conversation.ToolSpec;
import dev.jhands.events.json.Wire;
import dev.jhands.events.llm.LlmConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secrets deep inside a start request: masked by default, plain only when exposed. */
class NestedSecretMaskingTest {

  private static final String KEY = "sk-ant-api03-REAL";
  private static final String CONDENSER_KEY = "sk-ant-api03-CONDENSER";
  private static final String GITHUB = "ghp_realToken123";
  private static final String JWS = "eyJhbGciOiJIUzI1NiJ9.payload.sig";

  private final ObjectMapper mapper = Wire.mapper();

  private StartConversationRequest request() {
    LlmConfig llm = LlmConfig.of("anthropic/claude-sonnet-4-5", SecretValue.of(KEY), null, "agent");
    LlmConfig condenserLlm =
        LlmConfig.of("anthropic/claude-sonnet-4-5", SecretValue.of(CONDENSER_KEY), null, "x")
            .withUsageId("condenser");
    Agent agent =
        new Agent(
            llm,
            List.of(ToolSpec.named("terminal")),
            null,
            null,
            null,
            null,
            null,
            null,
            new LLMSummarizingCondenser(condenserLlm, 80, 4));
    Map<String, SecretSource> secrets = new LinkedHashMap<>();
    secrets.put("GITHUB_TOKEN", StaticSecret.of(GITHUB));
    secrets.put(
        "GIT_TOKEN",
        LookupSecret.of(
            "https://app.example.com/api/v1/webhooks/secrets",
            Map.of("X-Access-Token", JWS, "Accept", "text/plain")));
    return new StartConversationRequest(
        agent,
        new LocalWorkspace("/workspace/project"),
        null,
        null,
        SendMessageRequest.userText("hi", true),
        null,
        null,
        secrets);
  }

  @Test
  void aDefaultWriteMasksEverySecret() throws Exception {
    String json = mapper.writeValueAsString(request());
    JsonNode tree = mapper.readTree(json);

    assertThat(json).doesNotContain(KEY, CONDENSER_KEY, GITHUB, JWS);
    assertThat(tree.at("/agent/llm/api_key").asText()).isEqualTo(Secrets.MASK);
    assertThat(tree.at("/agent/condenser/llm/api_key").asText()).isEqualTo(Secrets.MASK);
    assertThat(tree.at("/secrets/GITHUB_TOKEN/value").asText()).isEqualTo(Secrets.MASK);
    assertThat(tree.at("/secrets/GIT_TOKEN/headers/X-Access-Token").asText())
        .isEqualTo(Secrets.MASK);
    assertThat(tree.at("/secrets/GIT_TOKEN/headers/Accept").asText()).isEqualTo("text/plain");
  }

  @Test
  void anExposingWriteSendsThePlainValuesAndTheyReadBack() throws Exception {
    String json = Secrets.exposing(mapper).writeValueAsString(request());
    JsonNode tree = mapper.readTree(json);

    assertThat(tree.at("/agent/llm/api_key").asText()).isEqualTo(KEY);
    assertThat(tree.at("/agent/condenser/llm/api_key").asText()).isEqualTo(CONDENSER_KEY);
    assertThat(tree.at("/secrets/GITHUB_TOKEN/value").asText()).isEqualTo(GITHUB);
    assertThat(tree.at("/secrets/GIT_TOKEN/headers/X-Access-Token").asText()).isEqualTo(JWS);

    StartConversationRequest back = mapper.readValue(json, StartConversationRequest.class);
    assertThat(back.agent().llm().apiKey().reveal()).isEqualTo(KEY);
    assertThat(((StaticSecret) back.secrets().get("GITHUB_TOKEN")).value().reveal())
        .isEqualTo(GITHUB);
    assertThat(((LookupSecret) back.secrets().get("GIT_TOKEN")).headers())
        .containsEntry("X-Access-Token", JWS);
    assertThat(back).isEqualTo(request());
  }

  @Test
  void awsKeysAreSecretsToo() throws Exception {
    String json =
        "{\"model\":\"bedrock/anthropic.claude-3\",\"aws_access_key_id\":\"AKIAREAL\","
            + "\"aws_secret_access_key\":\"wJalrREAL\",\"aws_region_name\":\"us-east-1\"}";
    LlmConfig llm = mapper.readValue(json, LlmConfig.class);

    assertThat(mapper.writeValueAsString(llm)).doesNotContain("AKIAREAL", "wJalrREAL");
    assertThat(Secrets.exposing(mapper).writeValueAsString(llm)).contains("AKIAREAL", "wJalrREAL");
  }

  @Test
  void toStringNeverShowsASecret() {
    assertThat(request().toString()).doesNotContain(KEY, CONDENSER_KEY, GITHUB, JWS);
    assertThat(new GenerateTitleRequest(null, request().agent().llm()).toString())
        .doesNotContain(KEY);
  }

  @Test
  void aConversationInfoBuiltFromTheStateIsMaskedInAnswersAndSnapshots() throws Exception {
    StartConversationRequest start = request();
    ConversationInfo info =
        new ConversationInfo(
            "b7c2f3e4-1a2b-4c3d-9e8f-0123456789ab",
            start.agent(),
            start.workspace(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new SecretRegistry(start.secrets()),
            null,
            null,
            null,
            null);

    // valueToTree is how a full_state snapshot is built: it must not leak either.
    assertThat(mapper.valueToTree(info).toString()).doesNotContain(KEY, GITHUB, JWS);
  }
}
