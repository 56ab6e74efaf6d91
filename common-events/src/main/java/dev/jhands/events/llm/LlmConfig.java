package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.jhands.events.secret.SecretValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SDK's {@code LLM} model (agent-server contract §5.2), the object under {@code agent.llm}: a
 * LiteLLM model string, credentials, retry and sampling settings. It has no {@code kind}.
 *
 * <p>{@code api_key}, {@code aws_access_key_id} and {@code aws_secret_access_key} are {@link
 * SecretValue}s: masked on output unless secrets are exposed. Absent (or null) fields take the
 * baseline SDK's defaults, so a bare {@code {"model": "..."}} reads as a complete config. The old
 * name {@code service_id} is accepted for {@code usage_id}. Only baseline fields are written,
 * because the baseline SDK rejects unknown LLM fields.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LlmConfig(
    String model,
    SecretValue apiKey,
    String baseUrl,
    String apiVersion,
    SecretValue awsAccessKeyId,
    SecretValue awsSecretAccessKey,
    String awsRegionName,
    String openrouterSiteUrl,
    String openrouterAppName,
    Integer numRetries,
    Double retryMultiplier,
    Integer retryMinWait,
    Integer retryMaxWait,
    Integer timeout,
    Integer maxMessageChars,
    Double temperature,
    Double topP,
    Double topK,
    String customLlmProvider,
    Integer maxInputTokens,
    Integer maxOutputTokens,
    Map<String, String> extraHeaders,
    Double inputCostPerToken,
    Double outputCostPerToken,
    String ollamaBaseUrl,
    Boolean dropParams,
    Boolean modifyParams,
    Boolean disableVision,
    Boolean disableStopWord,
    Boolean cachingPrompt,
    Boolean logCompletions,
    String logCompletionsFolder,
    String customTokenizer,
    Boolean nativeToolCalling,
    String reasoningEffort,
    String reasoningSummary,
    Boolean enableEncryptedReasoning,
    Integer extendedThinkingBudget,
    Integer seed,
    List<Map<String, String>> safetySettings,
    @JsonAlias("service_id") String usageId,
    JsonNode litellmExtraBody) {

  public static final String DEFAULT_MODEL = "claude-sonnet-4-20250514";
  public static final String DEFAULT_USAGE_ID = "default";

  public LlmConfig {
    model = or(model, DEFAULT_MODEL);
    openrouterSiteUrl = or(openrouterSiteUrl, "https://docs.all-hands.dev/");
    openrouterAppName = or(openrouterAppName, "OpenHands");
    numRetries = or(numRetries, 5);
    retryMultiplier = or(retryMultiplier, 8.0);
    retryMinWait = or(retryMinWait, 8);
    retryMaxWait = or(retryMaxWait, 64);
    maxMessageChars = or(maxMessageChars, 30_000);
    topP = or(topP, 1.0);
    extraHeaders =
        extraHeaders == null
            ? null
            : Collections.unmodifiableMap(new LinkedHashMap<>(extraHeaders));
    dropParams = or(dropParams, true);
    modifyParams = or(modifyParams, true);
    disableStopWord = or(disableStopWord, false);
    cachingPrompt = or(cachingPrompt, true);
    logCompletions = or(logCompletions, false);
    logCompletionsFolder = or(logCompletionsFolder, "logs/completions");
    nativeToolCalling = or(nativeToolCalling, true);
    reasoningEffort = or(reasoningEffort, "high");
    enableEncryptedReasoning = or(enableEncryptedReasoning, false);
    extendedThinkingBudget = or(extendedThinkingBudget, 200_000);
    safetySettings = safetySettings == null ? null : List.copyOf(safetySettings);
    usageId = or(usageId, DEFAULT_USAGE_ID);
    litellmExtraBody =
        litellmExtraBody == null || litellmExtraBody.isNull()
            ? JsonNodeFactory.instance.objectNode()
            : litellmExtraBody.deepCopy();
  }

  /** The config the app server builds: a model, a key, a base URL and a usage id. */
  public static LlmConfig of(String model, SecretValue apiKey, String baseUrl, String usageId) {
    return new LlmConfig(
        model, apiKey, baseUrl, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, usageId, null);
  }

  /** A copy for another usage, as the SDK's {@code model_copy(update={"usage_id": ...})}. */
  public LlmConfig withUsageId(String newUsageId) {
    return new LlmConfig(
        model,
        apiKey,
        baseUrl,
        apiVersion,
        awsAccessKeyId,
        awsSecretAccessKey,
        awsRegionName,
        openrouterSiteUrl,
        openrouterAppName,
        numRetries,
        retryMultiplier,
        retryMinWait,
        retryMaxWait,
        timeout,
        maxMessageChars,
        temperature,
        topP,
        topK,
        customLlmProvider,
        maxInputTokens,
        maxOutputTokens,
        extraHeaders,
        inputCostPerToken,
        outputCostPerToken,
        ollamaBaseUrl,
        dropParams,
        modifyParams,
        disableVision,
        disableStopWord,
        cachingPrompt,
        logCompletions,
        logCompletionsFolder,
        customTokenizer,
        nativeToolCalling,
        reasoningEffort,
        reasoningSummary,
        enableEncryptedReasoning,
        extendedThinkingBudget,
        seed,
        safetySettings,
        newUsageId,
        litellmExtraBody);
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
