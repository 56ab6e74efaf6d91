package dev.jhands.events.app;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * A template for starting a sandbox, served at {@code /api/v1/sandbox-specs} (agent-server.md §8):
 * {@code id} is the image, and {@code command}, {@code initial_env} and {@code working_dir} go into
 * the runtime API's {@code /start} (runtime-api.md §2.1).
 *
 * <p>{@code command} is an argument vector or null (the image's own entry point). {@code
 * initial_env} defaults to empty and {@code working_dir} to {@code /workspace/project}, the
 * directory V1's sandbox services and the frontend's VS Code link use.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SandboxSpec(
    String id,
    List<String> command,
    String createdAt,
    Map<String, String> initialEnv,
    String workingDir) {

  public static final String DEFAULT_WORKING_DIR = "/workspace/project";

  public SandboxSpec {
    command = command == null ? null : List.copyOf(command);
    initialEnv = initialEnv == null ? Map.of() : Map.copyOf(initialEnv);
    workingDir = workingDir == null ? DEFAULT_WORKING_DIR : workingDir;
  }
}
