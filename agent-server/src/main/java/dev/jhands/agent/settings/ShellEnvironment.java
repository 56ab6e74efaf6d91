package dev.jhands.agent.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Environment variables for every command the server starts ({@code /api/bash} now, the agent's
 * terminal later), on top of the server's own environment. {@code POST /api/init} delivers them
 * (the SDK sets them on its own process, which a JVM cannot do), so a warm sandbox claimed by a
 * user runs that user's commands with that user's variables, such as {@code GITHUB_TOKEN}.
 */
@ApplicationScoped
public class ShellEnvironment {

  private volatile Map<String, String> variables = Map.of();

  /** The variables to add, a snapshot. */
  public Map<String, String> variables() {
    return variables;
  }

  /** Adds or overwrites variables, as {@code os.environ.update} does in the SDK. */
  public synchronized void putAll(Map<String, String> more) {
    Map<String, String> merged = new LinkedHashMap<>(variables);
    merged.putAll(more);
    variables = Map.copyOf(merged);
  }

  /** Puts back an earlier {@link #variables()} snapshot (a failed activation undoes its own). */
  public synchronized void reset(Map<String, String> snapshot) {
    variables = Map.copyOf(snapshot);
  }

  /** Applies the variables to a process about to start. */
  public void applyTo(ProcessBuilder builder) {
    builder.environment().putAll(variables);
  }
}
