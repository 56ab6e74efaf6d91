package dev.jhands.events.app;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A user's token for one git provider, a value of {@code secrets_store.provider_tokens} in the
 * user's settings (agent-server.md §8, §9.4): V1 hands it to the agent as {@code GIT_TOKEN}. {@code
 * host} is set for self-hosted providers.
 *
 * <p>The token is a plain string in this record; the app server masks it on output.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProviderToken(String token, String host, String userId) {}
