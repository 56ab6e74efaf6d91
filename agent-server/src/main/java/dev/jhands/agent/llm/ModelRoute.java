package dev.jhands.agent.llm;

import java.util.Locale;
import java.util.Map;

/**
 * Where an OpenHands-style model name goes. LiteLLM names carry the provider as a prefix ({@code
 * anthropic/claude-sonnet-4}, {@code litellm_proxy/gpt-4o}, {@code hosted_vllm/qwen3}); the
 * provider picks the client and the prefix is stripped from what the server is sent, as LiteLLM
 * does.
 *
 * @param protocol which wire protocol the endpoint speaks
 * @param model the model name the endpoint expects
 * @param baseUrl the endpoint, the configured one or the provider's default
 */
public record ModelRoute(Protocol protocol, String model, String baseUrl) {

  /** The two wire protocols: OpenAI's chat completions (and its many clones) and Anthropic's. */
  public enum Protocol {
    OPENAI,
    ANTHROPIC
  }

  private static final String OPENAI_URL = "https://api.openai.com/v1";
  private static final String ANTHROPIC_URL = "https://api.anthropic.com/v1";

  /** OpenAI-compatible providers and where they listen when no base_url is given. */
  private static final Map<String, String> OPENAI_COMPATIBLE =
      Map.of(
          "openai", OPENAI_URL,
          "litellm_proxy", "http://localhost:4000",
          "hosted_vllm", "http://localhost:8000/v1",
          "openai_compatible", OPENAI_URL,
          "ollama", "http://localhost:11434/v1",
          "ollama_chat", "http://localhost:11434/v1",
          "openrouter", "https://openrouter.ai/api/v1",
          "deepseek", "https://api.deepseek.com/v1",
          "mistral", "https://api.mistral.ai/v1",
          "groq", "https://api.groq.com/openai/v1");

  /**
   * Routes a model name. An unknown prefix stays part of the name: with a base_url it goes to that
   * OpenAI-compatible server as is (many name their models {@code org/model}).
   */
  public static ModelRoute of(String name, String baseUrl) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("llm.model is required");
    }
    String configured = baseUrl == null || baseUrl.isBlank() ? null : baseUrl;
    int slash = name.indexOf('/');
    String prefix = slash < 0 ? "" : name.substring(0, slash).toLowerCase(Locale.ROOT);
    String rest = slash < 0 ? name : name.substring(slash + 1);
    if (prefix.equals("anthropic")) {
      return new ModelRoute(
          Protocol.ANTHROPIC, rest, configured == null ? ANTHROPIC_URL : anthropicBase(configured));
    }
    if (OPENAI_COMPATIBLE.containsKey(prefix)) {
      return new ModelRoute(Protocol.OPENAI, rest, or(configured, OPENAI_COMPATIBLE.get(prefix)));
    }
    if (configured == null && name.startsWith("claude")) {
      return new ModelRoute(Protocol.ANTHROPIC, name, ANTHROPIC_URL);
    }
    return new ModelRoute(Protocol.OPENAI, name, or(configured, OPENAI_URL));
  }

  /**
   * An Anthropic base_url as LangChain4j wants it: the API's {@code /v1}, to which it appends
   * {@code messages}. OpenHands users give the root ({@code https://api.anthropic.com}, a proxy's
   * host) because LiteLLM appends {@code /v1/messages}; a URL already ending in {@code /v1} or
   * {@code /v1/messages} is taken as meaning that endpoint, not doubled.
   */
  static String anthropicBase(String configured) {
    String url = configured.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    if (url.endsWith("/v1/messages")) {
      return url.substring(0, url.length() - "/messages".length());
    }
    return url.endsWith("/v1") ? url : url + "/v1";
  }

  private static String or(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
