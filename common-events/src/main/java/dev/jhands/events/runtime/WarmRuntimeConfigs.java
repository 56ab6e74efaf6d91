package dev.jhands.events.runtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The answer of {@code GET /api/warm-runtime-configs} (runtime-api.md §2.8): {@code {"configs":
 * [...]}}. An empty list makes V1 fall back to its built-in default spec. Names must be unique;
 * checking that is the server's job.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WarmRuntimeConfigs(List<WarmRuntimeConfig> configs) {

  public WarmRuntimeConfigs {
    configs = configs == null ? List.of() : List.copyOf(configs);
  }
}
