package dev.jhands.events.runtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code GET /registry_prefix} (runtime-api.md §2.7), V0's build path only: V0 builds
 * runtime images under {@code <prefix without trailing slash>/runtime}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RegistryPrefix(String registryPrefix) {}
