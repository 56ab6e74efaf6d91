package dev.jhands.events.server;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code GET} and {@code POST /api/init} on a deferred-init agent server
 * (runtime-api.md §5.1): the state, and the error of the last failed init, if any.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InitStatus(InitState state, String error) {}
