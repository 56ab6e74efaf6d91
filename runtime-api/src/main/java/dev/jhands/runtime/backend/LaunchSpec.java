package dev.jhands.runtime.backend;

import dev.jhands.events.runtime.RuntimeCommand;
import java.util.Map;

/**
 * What a backend needs to launch one sandbox. {@code preferredPort} is the port it had before a
 * pause (0 for none): keeping it keeps the URL clients may have cached. {@code options} shape the
 * container (resources, runtime class, user).
 */
public record LaunchSpec(
    String runtimeId,
    String image,
    RuntimeCommand command,
    String workingDir,
    Map<String, String> environment,
    int preferredPort,
    LaunchOptions options) {

  public LaunchSpec {
    environment = Map.copyOf(environment);
    options = options == null ? LaunchOptions.DEFAULTS : options;
  }
}
