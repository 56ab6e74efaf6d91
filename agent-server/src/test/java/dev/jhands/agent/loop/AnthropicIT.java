package dev.jhands.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.testing.llm.RecordedRequest;
import dev.jhands.testing.llm.ToolCall;
import dev.jhands.testing.llm.ToolResult;
import dev.jhands.testing.llm.Turn;
import dev.jhands.testing.llm.Usage;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The agent loop over Anthropic's Messages API: model {@code anthropic/claude-test}, LangChain4j's
 * Anthropic client, and the scripted server's {@code /v1/messages} as the provider.
 */
@QuarkusTest
class AnthropicIT {

  private static final double INPUT_PRICE = 3e-6;
  private static final double OUTPUT_PRICE = 15e-6;

  /**
   * A start request whose LLM is Anthropic at the server's root, as an OpenHands user gives a
   * base_url (LiteLLM adds {@code /v1/messages}), with per-token prices.
   */
  private static ObjectNode anthropicRequest(Scenario s, int retries) {
    ObjectNode request = s.request("");
    ObjectNode llm =
        s.llmConfig(retries)
            .put("model", "anthropic/claude-test")
            .put("base_url", s.llm.rootUrl())
            .put("api_key", "sk-ant-scenario")
            .put("input_cost_per_token", INPUT_PRICE)
            .put("output_cost_per_token", OUTPUT_PRICE);
    llm.putObject("extra_headers").put("X-Proxy-Team", "agents");
    ((ObjectNode) request.path("agent")).set("llm", llm);
    return request;
  }

  @Test
  void aToolCallRunsItsResultGoesBackAsAToolResultAndUsageAndCostAreCounted() throws Exception {
    try (Scenario s =
        new Scenario(
            Turn.textAndToolCalls(
                    "Let me write it.",
                    ToolCall.of(
                        "terminal",
                        Map.of("command", "echo hello > greeting.txt && cat greeting.txt")))
                .withUsage(new Usage(1200, 30, 1000)),
            Turn.text("Wrote greeting.txt.").withUsage(400, 10))) {
      s.create(anthropicRequest(s, 0)).send("Write a greeting");
      s.awaitStatus("finished");

      assertThat(Files.readString(s.workspace.resolve("greeting.txt"))).isEqualTo("hello\n");
      JsonNode observation = s.events("ObservationEvent").getFirst();
      assertThat(observation.path("observation").path("exit_code").asInt()).isZero();
      JsonNode action = s.events("ActionEvent").getFirst();
      assertThat(action.path("tool_call_id").asText()).isEqualTo("toolu_1_0");
      assertThat(action.path("thought").get(0).path("text").asText()).isEqualTo("Let me write it.");
      JsonNode last = s.events("MessageEvent").getLast();
      assertThat(last.path("llm_message").path("content").get(0).path("text").asText())
          .isEqualTo("Wrote greeting.txt.");

      List<RecordedRequest> calls = s.llm.requests();
      assertThat(calls).hasSize(2).allMatch(RecordedRequest::isMessages);
      RecordedRequest first = calls.get(0);
      assertThat(first.path()).isEqualTo("/v1/messages");
      assertThat(first.model()).isEqualTo("claude-test");
      assertThat(first.apiKey()).hasValue("sk-ant-scenario");
      assertThat(first.systemText()).isNotBlank();
      assertThat(first.roles()).containsExactly("user");
      assertThat(first.lastUserText()).isEqualTo("Write a greeting");
      assertThat(first.toolNames()).contains("terminal", "file_editor", "finish", "think");
      assertThat(first.header("X-Proxy-Team")).hasValue("agents");
      // caching_prompt (on by default) marks the system prompt and the tools for the cache.
      JsonNode body = Scenario.json(first.body());
      assertThat(body.at("/system/0/cache_control/type").asText()).isEqualTo("ephemeral");
      assertThat(body.path("tools").get(body.path("tools").size() - 1).has("cache_control"))
          .isTrue();

      // The result answers the tool_use by its id, in a user message after the assistant's.
      RecordedRequest second = calls.get(1);
      assertThat(second.roles()).containsExactly("user", "assistant", "user");
      assertThat(second.toolCalls())
          .singleElement()
          .satisfies(
              call -> {
                assertThat(call.id()).isEqualTo("toolu_1_0");
                assertThat(call.name()).isEqualTo("terminal");
                assertThat(call.arguments()).contains("greeting.txt");
              });
      assertThat(second.toolResults())
          .singleElement()
          .satisfies(
              result -> {
                assertThat(result.toolCallId()).isEqualTo("toolu_1_0");
                assertThat(result.text()).contains("hello");
                assertThat(result.error()).isFalse();
              });
      JsonNode block = second.messages().get(2).path("content").get(0);
      assertThat(block.path("type").asText()).isEqualTo("tool_result");

      // Anthropic's input_tokens leave the cache reads out; the stats count the whole input.
      JsonNode metrics = s.info().path("stats").path("usage_to_metrics").path("agent");
      JsonNode total = metrics.path("accumulated_token_usage");
      assertThat(total.path("prompt_tokens").asInt()).isEqualTo(1600);
      assertThat(total.path("completion_tokens").asInt()).isEqualTo(40);
      assertThat(total.path("cache_read_tokens").asInt()).isEqualTo(1000);
      assertThat(metrics.path("token_usages")).hasSize(2);
      assertThat(metrics.path("token_usages").get(0).path("response_id").asText())
          .isEqualTo("msg_scripted_1");
      assertThat(metrics.path("accumulated_cost").asDouble())
          .isCloseTo(1600 * INPUT_PRICE + 40 * OUTPUT_PRICE, within(1e-12));
      assertThat(metrics.path("costs")).hasSize(2);
    }
  }

  @Test
  void rateLimitsAndOverloadAreRetried() {
    try (Scenario s =
        new Scenario(Turn.rateLimited(), Turn.overloaded(), Turn.text("third time lucky"))) {
      s.create(anthropicRequest(s, 2)).send("Hi");
      s.awaitStatus("finished");

      assertThat(s.llm.requests()).hasSize(3).allMatch(RecordedRequest::isMessages);
      assertThat(s.events("ConversationErrorEvent")).isEmpty();
      assertThat(
              s.events("MessageEvent")
                  .getLast()
                  .path("llm_message")
                  .path("content")
                  .get(0)
                  .path("text")
                  .asText())
          .isEqualTo("third time lucky");
    }
  }

  @Test
  void anOverloadThatOutlastsTheRetriesEndsTheRunInError() {
    try (Scenario s = new Scenario(Turn.overloaded(), Turn.overloaded())) {
      s.create(anthropicRequest(s, 1)).send("Hi");
      s.awaitStatus("error");

      assertThat(s.llm.requests()).hasSize(2);
      JsonNode error = s.events("ConversationErrorEvent").getLast();
      assertThat(error.path("detail").asText()).contains("overloaded_error");
    }
  }

  @Test
  void promptTooLongIsAContextWindowError() {
    try (Scenario s = new Scenario(Turn.contextWindowExceeded())) {
      s.create(anthropicRequest(s, 0)).send("Hi");
      s.awaitStatus("error");

      assertThat(s.events("ConversationErrorEvent").getLast().path("code").asText())
          .isEqualTo("LLMContextWindowExceedError");
    }
  }

  @Test
  void aToolFailureGoesBackAsTheToolResultOfItsCall() {
    try (Scenario s =
        new Scenario(
            Turn.toolCalls(ToolCall.of("teleport", Map.of("where", "mars")).withId("toolu_x")),
            Turn.text("I will stop."))) {
      s.create(anthropicRequest(s, 0)).send("Go");
      s.awaitStatus("finished");

      List<ToolResult> results = s.llm.requests().get(1).toolResults();
      assertThat(results).extracting(ToolResult::toolCallId).containsExactly("toolu_x");
      assertThat(results.getFirst().text()).contains("teleport");
      assertThat(s.events("AgentErrorEvent"))
          .singleElement()
          .satisfies(e -> assertThat(e.path("tool_call_id").asText()).isEqualTo("toolu_x"));
    }
  }
}
