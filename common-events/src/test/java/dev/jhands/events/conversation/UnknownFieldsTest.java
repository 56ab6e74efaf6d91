package dev.jhands.events.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.llm.LlmConfig;
import org.junit.jupiter.api.Test;

/**
 * Newer SDKs send fields this model does not know. They are ignored, even by a mapper with
 * Jackson's strict defaults, and never written back (the baseline SDK rejects unknown fields).
 */
class UnknownFieldsTest {

  // Deliberately not Wire.mapper(): the types must not rely on mapper-level settings.
  private final ObjectMapper strict = new ObjectMapper();

  @Test
  void aHeadStartRequestReads() throws Exception {
    String json =
        """
        {"agent": {"kind": "Agent", "llm": {"model": "m", "api_key": "k", "litellm_timeout": 5,
                                            "prompt_cache_retention": "24h"},
                   "tools": [{"name": "terminal", "params": {}}], "include_default_tools": true},
         "workspace": {"kind": "LocalWorkspace", "working_dir": "/workspace/project"},
         "autotitle": true, "tags": {"team": "agents"}, "worktree": null,
         "parent_conversation_id": null, "plugins": [], "secrets_encrypted": false}
        """;

    StartConversationRequest request = strict.readValue(json, StartConversationRequest.class);

    assertThat(request.agent().llm().apiKey().reveal()).isEqualTo("k");
    JsonNode written = strict.valueToTree(request);
    assertThat(written.has("autotitle")).isFalse();
    assertThat(written.get("agent").has("include_default_tools")).isFalse();
    assertThat(written.at("/agent/llm").has("litellm_timeout")).isFalse();
  }

  @Test
  void headEventFieldsAreIgnored() throws Exception {
    String json =
        """
        {"kind": "UserRejectObservation", "id": "e1", "timestamp": "2026-08-22T10:00:00.000001",
         "source": "hook", "parent_id": "e0", "tool_name": "terminal", "tool_call_id": "t1",
         "rejection_reason": "blocked by hook", "rejection_source": "hook", "action_id": "a1"}
        """;

    Event event = strict.readValue(json, Event.class);

    assertThat(event).isInstanceOf(UserRejectObservation.class);
    assertThat(event.source()).isEqualTo(EventSource.HOOK);
    JsonNode written = strict.valueToTree(event);
    assertThat(written.has("parent_id")).isFalse();
    assertThat(written.has("rejection_source")).isFalse();
    assertThat(written.get("kind").asText()).isEqualTo("UserRejectObservation");
  }

  @Test
  void aHeadConversationInfoReads() throws Exception {
    String json =
        """
        {"id": "c1", "agent": {"kind": "Agent", "llm": {"model": "m"}},
         "workspace": {"kind": "LocalWorkspace", "working_dir": "/w"},
         "execution_status": "deleting", "tags": {"a": "b"}, "leaf_event_id": "e9",
         "sub_conversation_ids": [], "blocked_actions": {}, "title": "t"}
        """;

    ConversationInfo info = strict.readValue(json, ConversationInfo.class);

    assertThat(info.executionStatus()).isEqualTo(ExecutionStatus.DELETING);
    assertThat(info.title()).isEqualTo("t");
  }

  @Test
  void unknownFieldsInNestedModelsAreIgnored() throws Exception {
    LlmConfig llm = strict.readValue("{\"model\":\"m\",\"brand_new\":{\"x\":1}}", LlmConfig.class);
    assertThat(llm.model()).isEqualTo("m");

    Event message =
        strict.readValue(
            """
            {"kind": "MessageEvent", "source": "user", "sender": "ui",
             "llm_message": {"role": "user", "content": [{"type": "text", "text": "hi",
                                                          "meta": null}], "extra": 1}}
            """,
            Event.class);
    assertThat(((MessageEvent) message).llmMessage().content()).hasSize(1);
  }
}
