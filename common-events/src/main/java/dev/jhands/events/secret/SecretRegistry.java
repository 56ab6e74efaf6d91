package dev.jhands.events.secret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A conversation's secrets as its state serialises them: {@code {"secret_sources": {NAME:
 * SecretSource}}}. Older SDKs called the field {@code secrets_manager} on the state; that name is
 * read too (see ConversationInfo).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecretRegistry(Map<String, SecretSource> secretSources) {

  public static final SecretRegistry EMPTY = new SecretRegistry(Map.of());

  public SecretRegistry {
    secretSources =
        secretSources == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(secretSources));
  }
}
