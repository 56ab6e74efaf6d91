package dev.jhands.events.app;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A user's settings, as the app server stores them and as {@code /api/settings} and {@code
 * /api/v1/users/me} carry them (agent-server.md §8), reduced to what V1's start flow reads (§9.4):
 * the LLM model, base URL and key, confirmation mode, and the secrets store. Other OpenHands
 * settings are ignored on input.
 *
 * <p>{@code llm_api_key} and the secrets are plain strings in this record; the app server masks
 * them on output and exposes them only when it builds the agent server's start request.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Settings(
    String llmModel,
    String llmBaseUrl,
    String llmApiKey,
    Boolean confirmationMode,
    SecretsStore secretsStore) {

  public Settings {
    secretsStore = secretsStore == null ? SecretsStore.EMPTY : secretsStore;
  }
}
