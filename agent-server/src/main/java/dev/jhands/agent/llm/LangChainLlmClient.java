package dev.jhands.agent.llm;

import dev.jhands.events.llm.LlmConfig;
import dev.jhands.events.secret.SecretValue;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicTokenUsage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An {@link LlmClient} over LangChain4j's OpenAI and Anthropic chat models. LangChain4j's own
 * retries are off: the SDK's policy (num_retries, exponential wait between retry_min_wait and
 * retry_max_wait) applies instead, so that OpenHands settings mean the same here.
 */
public final class LangChainLlmClient implements LlmClient {

  private static final Logger LOG = Logger.getLogger(LangChainLlmClient.class);
  private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  private final ChatModel model;
  private final String modelName;
  private final LlmConfig config;
  private final Sleeper sleeper;

  /** How the client waits between retries; a seam so tests of the policy need not wait. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  public LangChainLlmClient(LlmConfig config) {
    this(config, duration -> Thread.sleep(duration.toMillis()));
  }

  LangChainLlmClient(LlmConfig config, Sleeper sleeper) {
    this.config = config;
    this.sleeper = sleeper;
    ModelRoute route = ModelRoute.of(config.model(), config.baseUrl());
    this.modelName = route.model();
    this.model = build(route, config);
  }

  @Override
  public String model() {
    return modelName;
  }

  @Override
  public LlmReply complete(List<ChatMessage> messages, List<ToolSpecification> tools) {
    ChatRequest.Builder request = ChatRequest.builder().messages(messages);
    if (!tools.isEmpty()) {
      request.toolSpecifications(tools);
    }
    ChatRequest built = request.build();
    int retries = Math.max(0, config.numRetries());
    for (int attempt = 1; ; attempt++) {
      long started = System.nanoTime();
      try {
        ChatResponse response = model.chat(built);
        return reply(response, (System.nanoTime() - started) / 1e9);
      } catch (RuntimeException e) {
        if (isContextWindow(e)) {
          throw new ContextWindowExceededException(message(e), e);
        }
        if (!(e instanceof RetriableException) || attempt > retries) {
          throw new LlmException(code(e), message(e), e);
        }
        Duration wait = waitBefore(attempt);
        LOG.warnf("LLM call failed (%s), retry %d of %d in %s", message(e), attempt, retries, wait);
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new LlmException("Interrupted", "interrupted while waiting to retry", interrupted);
        }
      }
    }
  }

  /** tenacity's wait_exponential: multiplier × 2^(attempt−1), kept between min and max. */
  Duration waitBefore(int attempt) {
    double seconds = config.retryMultiplier() * Math.pow(2, attempt - 1);
    seconds = Math.min(seconds, config.retryMaxWait());
    seconds = Math.max(seconds, config.retryMinWait());
    return Duration.ofMillis(Math.round(Math.max(0, seconds) * 1000));
  }

  private LlmReply reply(ChatResponse response, double latency) {
    AiMessage ai = response.aiMessage();
    TokenUsage usage = response.tokenUsage();
    int prompt = usage == null ? 0 : count(usage.inputTokenCount());
    int cached = 0;
    if (usage instanceof OpenAiTokenUsage openAi && openAi.inputTokensDetails() != null) {
      cached = count(openAi.inputTokensDetails().cachedTokens());
    }
    if (usage instanceof AnthropicTokenUsage anthropic) {
      // Anthropic's input_tokens leave out the cache reads and writes; OpenHands (through
      // LiteLLM) reports prompt tokens as the whole input, as OpenAI does.
      cached = count(anthropic.cacheReadInputTokens());
      prompt += cached + count(anthropic.cacheCreationInputTokens());
    }
    String id = response.id() != null ? response.id() : "resp-" + UUID.randomUUID();
    return new LlmReply(
        id,
        ai.text(),
        ai.thinking(),
        ai.hasToolExecutionRequests() ? ai.toolExecutionRequests() : List.of(),
        prompt,
        usage == null ? 0 : count(usage.outputTokenCount()),
        cached,
        latency);
  }

  private static int count(Integer tokens) {
    return tokens == null ? 0 : tokens;
  }

  private static ChatModel build(ModelRoute route, LlmConfig config) {
    String key = secret(config.apiKey());
    Duration timeout =
        config.timeout() == null ? DEFAULT_TIMEOUT : Duration.ofSeconds(config.timeout());
    return switch (route.protocol()) {
      case OPENAI ->
          OpenAiChatModel.builder()
              .baseUrl(route.baseUrl())
              .apiKey(key == null ? "none" : key)
              .modelName(route.model())
              .temperature(config.temperature())
              .topP(config.topP())
              .maxCompletionTokens(config.maxOutputTokens())
              .customHeaders(config.extraHeaders())
              .timeout(timeout)
              .maxRetries(0)
              .build();
      case ANTHROPIC ->
          AnthropicChatModel.builder()
              .baseUrl(route.baseUrl())
              .apiKey(key == null ? "none" : key)
              .modelName(route.model())
              .temperature(config.temperature())
              .maxTokens(config.maxOutputTokens() == null ? 8192 : config.maxOutputTokens())
              .customHeaders(config.extraHeaders())
              // caching_prompt: cache_control on the system prompt and the tools, which lead
              // every request unchanged, so each call after the first reads them from the cache.
              .cacheSystemMessages(Boolean.TRUE.equals(config.cachingPrompt()))
              .cacheTools(Boolean.TRUE.equals(config.cachingPrompt()))
              .timeout(timeout)
              .maxRetries(0)
              .build();
    };
  }

  private static String secret(SecretValue value) {
    return value == null ? null : value.reveal();
  }

  private static boolean isContextWindow(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (text.contains("context_length_exceeded")
          || text.contains("maximum context length")
          || text.contains("prompt is too long")
          || text.contains("context window")) {
        return t instanceof InvalidRequestException || t == e;
      }
    }
    return false;
  }

  private static String code(RuntimeException e) {
    return e.getClass().getSimpleName();
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
