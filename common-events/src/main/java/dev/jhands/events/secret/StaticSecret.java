package dev.jhands.events.secret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A secret whose value travels with it: {@code {"kind": "StaticSecret", "value": "...",
 * "description": null}}. The value is masked on output unless secrets are exposed.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaticSecret(String description, SecretValue value) implements SecretSource {

  public static StaticSecret of(String plainValue) {
    return new StaticSecret(null, SecretValue.of(plainValue));
  }
}
