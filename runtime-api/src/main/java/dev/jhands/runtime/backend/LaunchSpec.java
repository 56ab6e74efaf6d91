package dev.jhands.runtime.backend;

import dev.jhands.events.runtime.RuntimeCommand;
import java.util.Map;

/**
 * What a backend needs to launch one sandbox. {@code preferredPort} is the port it had before a
 * pause (0 for none): keeping it keeps the URL clients may have cached.
 */
public record LaunchSpec(
    String runtimeId,
    String image,
    RuntimeCommand command,
    String workingDir,
    Map<String, String> environment,
    int preferredPort) {

  public LaunchSpec {
    environment = Map.copyOf(environment);
  }
}
