package dev.jhands.events.bash;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /api/bash/start_bash_command} and {@code .../execute_bash_command}, and
 * the frame a client sends on {@code /sockets/bash-events} (agent-server.md §2.4, §3). {@code cwd}
 * null means the server's working directory; {@code timeout} is in seconds and defaults to 300.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExecuteBashRequest(String command, String cwd, Integer timeout) {

  public static final int DEFAULT_TIMEOUT_SECONDS = 300;

  public ExecuteBashRequest {
    timeout = timeout == null ? DEFAULT_TIMEOUT_SECONDS : timeout;
  }
}
