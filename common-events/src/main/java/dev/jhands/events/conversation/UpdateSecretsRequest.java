package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.secret.SecretSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /api/conversations/{id}/secrets}: {@code {"secrets": {NAME:
 * SecretSource}}}; secret values are masked on output unless exposed.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateSecretsRequest(Map<String, SecretSource> secrets) {

  public UpdateSecretsRequest {
    secrets =
        secrets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
  }
}
