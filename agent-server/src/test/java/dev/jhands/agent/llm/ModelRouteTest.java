package dev.jhands.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jhands.agent.llm.ModelRoute.Protocol;
import org.junit.jupiter.api.Test;

class ModelRouteTest {

  @Test
  void providerPrefixesPickTheProtocolAndAreStripped() {
    assertThat(ModelRoute.of("anthropic/claude-sonnet-4", null))
        .isEqualTo(
            new ModelRoute(Protocol.ANTHROPIC, "claude-sonnet-4", "https://api.anthropic.com/v1"));
    assertThat(ModelRoute.of("openai/gpt-4o", null))
        .isEqualTo(new ModelRoute(Protocol.OPENAI, "gpt-4o", "https://api.openai.com/v1"));
    assertThat(ModelRoute.of("litellm_proxy/claude-sonnet-4", "https://llm.example.com"))
        .isEqualTo(new ModelRoute(Protocol.OPENAI, "claude-sonnet-4", "https://llm.example.com"));
    assertThat(ModelRoute.of("hosted_vllm/Qwen/Qwen3-8B", "http://vllm:8000/v1"))
        .isEqualTo(new ModelRoute(Protocol.OPENAI, "Qwen/Qwen3-8B", "http://vllm:8000/v1"));
    assertThat(ModelRoute.of("ollama/llama3", null).baseUrl())
        .isEqualTo("http://localhost:11434/v1");
  }

  @Test
  void unprefixedNamesFollowTheBaseUrlOrTheirFamily() {
    assertThat(ModelRoute.of("claude-3-5-haiku", null).protocol()).isEqualTo(Protocol.ANTHROPIC);
    assertThat(ModelRoute.of("claude-3-5-haiku", "http://proxy/v1"))
        .isEqualTo(new ModelRoute(Protocol.OPENAI, "claude-3-5-haiku", "http://proxy/v1"));
    // An unknown prefix is part of the name, as many OpenAI-compatible servers name models
    // org/model.
    assertThat(ModelRoute.of("mistralai/Devstral", "http://local/v1").model())
        .isEqualTo("mistralai/Devstral");
  }

  @Test
  void anAnthropicBaseUrlIsTheRootOpenHandsUsersGiveAndBecomesTheApisV1() {
    // LiteLLM appends /v1/messages to an Anthropic api_base; LangChain4j appends only messages.
    assertThat(ModelRoute.of("anthropic/claude-sonnet-4", "https://api.anthropic.com").baseUrl())
        .isEqualTo("https://api.anthropic.com/v1");
    assertThat(ModelRoute.of("anthropic/claude-sonnet-4", "http://proxy:4000/").baseUrl())
        .isEqualTo("http://proxy:4000/v1");
    assertThat(ModelRoute.of("anthropic/claude-sonnet-4", "http://proxy:4000/v1/").baseUrl())
        .isEqualTo("http://proxy:4000/v1");
    assertThat(ModelRoute.of("anthropic/claude-sonnet-4", "https://gw/anthropic/v1/messages"))
        .isEqualTo(
            new ModelRoute(Protocol.ANTHROPIC, "claude-sonnet-4", "https://gw/anthropic/v1"));
    assertThat(ModelRoute.of("claude-3-5-haiku", null).baseUrl())
        .isEqualTo("https://api.anthropic.com/v1");
  }

  @Test
  void aModelIsRequired() {
    assertThatThrownBy(() -> ModelRoute.of(" ", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model");
  }
}
