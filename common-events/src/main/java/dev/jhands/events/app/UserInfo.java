package dev.jhands.events.app;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code GET /api/v1/users/me} (agent-server.md §8): the user's {@link Settings} with
 * the user's {@code id} beside them, in one flat object, as OpenHands' UserInfo extends Settings.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UserInfo(String id, @JsonUnwrapped Settings settings) {

  public UserInfo {
    settings = settings == null ? new Settings(null, null, null, null, null) : settings;
  }
}
