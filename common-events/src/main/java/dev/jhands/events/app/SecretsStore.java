package dev.jhands.events.app;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * The {@code secrets_store} of a user's settings (agent-server.md §8): git provider tokens keyed by
 * provider ({@code github}, {@code gitlab}, ...) and custom secrets keyed by name. Both default to
 * empty.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SecretsStore(
    Map<String, ProviderToken> providerTokens, Map<String, CustomSecret> customSecrets) {

  public static final SecretsStore EMPTY = new SecretsStore(null, null);

  public SecretsStore {
    providerTokens = providerTokens == null ? Map.of() : Map.copyOf(providerTokens);
    customSecrets = customSecrets == null ? Map.of() : Map.copyOf(customSecrets);
  }
}
