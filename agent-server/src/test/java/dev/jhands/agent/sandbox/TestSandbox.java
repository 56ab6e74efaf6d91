package dev.jhands.agent.sandbox;

import dev.jhands.testing.llm.ScriptedLlmServer;
import dev.jhands.testing.llm.Turn;
import dev.jhands.testing.process.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the agent server's tests run against, once per test JVM: the real action-execution server,
 * started from its packaged jar as its own process, and a default scripted LLM that ends every run
 * with a plain answer. Scenario tests start their own scripted LLM for their own script.
 */
public final class TestSandbox {

  public static final String ACTION_KEY = "aes-test-key";
  public static final String DEFAULT_ANSWER = "done";

  private static ServiceProcess actionServer;
  private static Path root;
  private static ScriptedLlmServer defaultLlm;

  private TestSandbox() {}

  /** The action-execution server's URL, starting it on first use. */
  public static synchronized String actionServerUrl() {
    if (actionServer == null) {
      try {
        root = Files.createTempDirectory("jhands-sandbox");
        Path workspace = Files.createDirectories(root.resolve("workspace"));
        actionServer =
            ServiceProcess.start(
                ServiceProcess.packagedJar("action-execution-server"),
                List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m"),
                Map.of(
                    "SESSION_API_KEY",
                    ACTION_KEY,
                    "JHANDS_ACTION_WORKING_DIR",
                    workspace.toString()),
                root.resolve("action-execution-server.log"));
        actionServer.awaitReady("/alive", Duration.ofSeconds(60));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestSandbox::stop));
    }
    return actionServer.uri("").toString();
  }

  /** A directory of its own for a test's workspace, where the action server can reach it. */
  public static Path newWorkspace(String name) {
    actionServerUrl();
    try {
      return Files.createTempDirectory(root, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The LLM every conversation of the older tests talks to: it answers {@value #DEFAULT_ANSWER}.
   */
  public static synchronized String defaultLlmUrl() {
    if (defaultLlm == null) {
      defaultLlm = ScriptedLlmServer.start().whenExhausted(request -> Turn.text(DEFAULT_ANSWER));
    }
    return defaultLlm.baseUrl();
  }

  private static synchronized void stop() {
    try {
      if (actionServer != null) {
        actionServer.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (defaultLlm != null) {
      defaultLlm.close();
    }
  }
}
