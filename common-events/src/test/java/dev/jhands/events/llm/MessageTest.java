package dev.jhands.events.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.Wire;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void readsTheFrameAWebSocketClientSends() throws Exception {
    Message message =
        mapper.readValue(
            "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"},"
                + "{\"type\":\"image\",\"image_urls\":[\"https://example.com/a.png\"]}]}",
            Message.class);

    assertThat(message.role()).isEqualTo(Role.USER);
    assertThat(message.content())
        .containsExactly(TextContent.of("hi"), ImageContent.of("https://example.com/a.png"));
    assertThat(message.toolCalls()).isNull();
    assertThat(message.thinkingBlocks()).isEmpty();
    assertThat(message).isEqualTo(Message.of(Role.USER, message.content()));
  }

  @Test
  void acceptsContentAsABareStringOrNull() throws Exception {
    assertThat(mapper.readValue("{\"role\":\"user\",\"content\":\"hi\"}", Message.class))
        .isEqualTo(Message.user("hi"));
    assertThat(mapper.readValue("{\"role\":\"user\",\"content\":null}", Message.class).content())
        .isEmpty();
  }

  @Test
  void writesEveryFieldAsPydanticDoes() {
    JsonNode json = mapper.valueToTree(Message.user("hi"));

    assertThat(json.get("content").get(0).get("type").asText()).isEqualTo("text");
    assertThat(json.get("content").get(0).get("cache_prompt").asBoolean()).isFalse();
    assertThat(json.has("tool_calls")).isTrue();
    assertThat(json.get("tool_calls").isNull()).isTrue();
    assertThat(json.get("thinking_blocks").isArray()).isTrue();
  }

  @Test
  void theFrontendsImageUrlTypeIsRejectedAsInTheSdk() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":\"x\"}]}",
                    Message.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
  }

  @Test
  void metricsStartTheirAccumulatorAtZeroForTheModel() {
    Metrics metrics = Metrics.empty("openai/gpt-5");

    assertThat(metrics.accumulatedTokenUsage()).isEqualTo(TokenUsage.zero("openai/gpt-5"));
    assertThat(metrics.snapshot().modelName()).isEqualTo("openai/gpt-5");
    assertThat(metrics.costs()).isEmpty();
  }

  @Test
  void reasoningBlocksAreKeyedByType() throws Exception {
    List<ReasoningBlock> blocks =
        List.of(
            mapper.readValue(
                "{\"type\":\"redacted_thinking\",\"data\":\"abc\"}", ReasoningBlock.class));

    assertThat(blocks).containsExactly(new RedactedThinkingBlock("abc"));
  }
}
