package dev.jhands.events.runtime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * One warm-pool template of {@code GET /api/warm-runtime-configs} (runtime-api.md §2.8, §5.1). V1
 * turns each into a sandbox spec and replays its image, command, environment, working dir and pod
 * IDs in {@code /start}.
 *
 * <p>{@code command} is a list of strings or null, never a single line: V1-new validates it as
 * {@code list[str] | None}. The pod IDs default to 10001 when absent, as V1-new does.
 *
 * <p>The last three fields are jhands' own pool settings, which OpenHands clients ignore as extra
 * keys: {@code resource_factor} (default 1) and {@code runtime_class} (null: the server default)
 * mean what they mean in {@code /start}, and {@code pool_size} (default 1) is how many ready,
 * unclaimed runtimes the pool keeps for this config.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WarmRuntimeConfig(
    String name,
    String image,
    List<String> command,
    Map<String, String> environment,
    String workingDir,
    Integer runAsUser,
    Integer runAsGroup,
    Integer fsGroup,
    Integer resourceFactor,
    String runtimeClass,
    Integer poolSize) {

  /** The sandbox user and group IDs V1 uses when a config names none. */
  public static final int DEFAULT_ID = 10001;

  public WarmRuntimeConfig {
    command = command == null ? null : List.copyOf(command);
    environment = environment == null ? Map.of() : Map.copyOf(environment);
    runAsUser = runAsUser == null ? DEFAULT_ID : runAsUser;
    runAsGroup = runAsGroup == null ? DEFAULT_ID : runAsGroup;
    fsGroup = fsGroup == null ? DEFAULT_ID : fsGroup;
    resourceFactor = resourceFactor == null ? 1 : resourceFactor;
    poolSize = poolSize == null ? 1 : poolSize;
  }
}
