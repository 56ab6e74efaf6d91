package dev.jhands.events.app;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One of a user's custom secrets, a value of {@code secrets_store.custom_secrets} keyed by the
 * secret's name (agent-server.md §9.4): V1 passes each to the agent as a conversation secret. The
 * description defaults to empty, as in OpenHands.
 *
 * <p>The secret is a plain string in this record; the app server masks it on output.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomSecret(String secret, String description) {

  public CustomSecret {
    description = description == null ? "" : description;
  }
}
