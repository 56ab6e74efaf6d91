package dev.jhands.events.runtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code POST /build} (runtime-api.md §2.7): the id to poll {@code /build_status}
 * with.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BuildStarted(String buildId) {}
