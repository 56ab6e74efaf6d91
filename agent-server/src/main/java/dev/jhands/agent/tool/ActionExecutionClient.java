package dev.jhands.agent.tool;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.Wire;
import dev.jhands.events.sandbox.CmdOutputObservation;
import dev.jhands.events.sandbox.CmdRunAction;
import dev.jhands.events.sandbox.EventHeader;
import dev.jhands.events.sandbox.ExecuteActionRequest;
import dev.jhands.events.sandbox.SandboxAction;
import dev.jhands.events.sandbox.SandboxActionEvent;
import dev.jhands.events.sandbox.SandboxObservation;
import dev.jhands.events.sandbox.SandboxObservationEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The action-execution server beside this one in the sandbox: it runs the tools' actions (bash,
 * files, browser). It runs one action at a time for everyone, and so does this client, which also
 * tracks the shell's directory: conversations share the one shell, so each gets its own directory
 * back before its command runs.
 */
public final class ActionExecutionClient {

  // Time the server may take beyond the action's own timeout before the call counts as lost.
  private static final Duration MARGIN = Duration.ofSeconds(30);
  private static final Duration DEFAULT_ACTION_TIMEOUT = Duration.ofSeconds(120);

  private final URI executeUri;
  private final Optional<String> sessionKey;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = Wire.mapper();
  private final Supplier<Map<String, String>> environment;
  private final Map<String, String> exported = new HashMap<>();
  private String shellCwd;

  public ActionExecutionClient(String baseUrl, Optional<String> sessionKey) {
    this(baseUrl, sessionKey, Map::of);
  }

  /**
   * @param environment variables every shell command should see (those an {@code /api/init}
   *     activation delivers); exported to the shared shell whenever they change
   */
  public ActionExecutionClient(
      String baseUrl, Optional<String> sessionKey, Supplier<Map<String, String>> environment) {
    this.executeUri = URI.create(baseUrl.replaceAll("/+$", "") + "/execute_action");
    this.sessionKey = sessionKey;
    this.environment = environment;
  }

  /** Runs one action and returns the server's observation. */
  public synchronized SandboxObservation execute(SandboxAction action, Double timeoutSeconds) {
    SandboxActionEvent event = new SandboxActionEvent(EventHeader.NONE, action, timeoutSeconds);
    Duration budget =
        (timeoutSeconds == null
                ? DEFAULT_ACTION_TIMEOUT
                : Duration.ofMillis((long) (timeoutSeconds * 1000)))
            .plus(MARGIN);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(executeUri)
            .timeout(budget)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body(event)));
    sessionKey.ifPresent(key -> request.header("X-Session-API-Key", key));
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new SandboxUnavailableException(
          "The action execution server at " + executeUri + " cannot be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SandboxUnavailableException("Interrupted while running an action", e);
    }
    if (response.statusCode() != 200) {
      throw new SandboxUnavailableException(
          "The action execution server answered "
              + response.statusCode()
              + ": "
              + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8),
          null);
    }
    SandboxObservation observation = parse(response.body());
    if (observation instanceof CmdOutputObservation output
        && output.metadata().workingDir() != null) {
      shellCwd = output.metadata().workingDir();
    }
    return observation;
  }

  /**
   * Runs a shell command in {@code cwd}: when the shared shell was left elsewhere by another
   * conversation, a hidden {@code cd} goes first.
   */
  public synchronized SandboxObservation runInShell(
      CmdRunAction command, String cwd, Double timeoutSeconds) {
    exportEnvironment();
    if (cwd != null && !cwd.equals(shellCwd)) {
      SandboxObservation moved =
          execute(ShellQuoting.hidden("cd " + ShellQuoting.quote(cwd)), null);
      if (!(moved instanceof CmdOutputObservation out) || out.exitCode() != 0) {
        shellCwd = null;
      }
    }
    return execute(command, timeoutSeconds);
  }

  // The shell outlives activations and runs: only what changed since the last export goes again.
  private void exportEnvironment() {
    Map<String, String> changed = new LinkedHashMap<>();
    environment
        .get()
        .forEach(
            (name, value) -> {
              if (!value.equals(exported.get(name))) {
                changed.put(name, value);
              }
            });
    Optional<String> export = ShellQuoting.export(changed);
    if (export.isEmpty()) {
      return;
    }
    SandboxObservation result = execute(ShellQuoting.hidden(export.get()), null);
    if (result instanceof CmdOutputObservation out && out.exitCode() == 0) {
      exported.putAll(changed);
    }
  }

  private byte[] body(SandboxActionEvent event) {
    try {
      return json.writeValueAsBytes(new ExecuteActionRequest(event));
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise " + event, e);
    }
  }

  private SandboxObservation parse(byte[] body) {
    try {
      return json.readValue(body, SandboxObservationEvent.class).observation();
    } catch (IOException e) {
      throw new SandboxUnavailableException(
          "The action execution server sent an unreadable observation: " + e.getMessage(), e);
    }
  }
}
