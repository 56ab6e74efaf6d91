package dev.jhands.agent.bash;

import dev.jhands.agent.settings.ShellEnvironment;
import dev.jhands.events.bash.BashCommand;
import dev.jhands.events.bash.BashOutput;
import dev.jhands.events.bash.ExecuteBashRequest;
import dev.jhands.events.conversation.EventTimestamps;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts commands in {@code bash -c}, independent of any conversation, and keeps the running ones
 * so that shutdown can end them all.
 */
public final class BashRunner {

  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

  private final BashEventLog log;
  private final ShellEnvironment environment;
  private final Map<String, CommandRun> running = new ConcurrentHashMap<>();

  /** A runner whose commands get the server's own environment only. */
  public BashRunner(BashEventLog log) {
    this(log, new ShellEnvironment());
  }

  /** A runner whose commands also get {@code environment}'s variables. */
  public BashRunner(BashEventLog log, ShellEnvironment environment) {
    this.log = log;
    this.environment = environment;
  }

  /** A started command: its BashCommand event and the future of its last chunk. */
  public record Started(BashCommand command, CompletableFuture<BashOutput> last) {}

  public Started start(ExecuteBashRequest request) {
    BashCommand command = validate(request);
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", command.command());
    if (command.cwd() != null) {
      builder.directory(new File(command.cwd()));
    }
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    environment.applyTo(builder);
    // The command event goes first, so that no chunk is ever logged before its command.
    log.append(command);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      // The command is already logged: end it, so a poller sees an exit code and stops waiting.
      BashOutput failed =
          new BashOutput(
              UUID.randomUUID().toString().replace("-", ""),
              EventTimestamps.now(),
              command.id(),
              0,
              CommandRun.TIMED_OUT,
              null,
              "cannot start bash: " + e.getMessage());
      log.append(failed);
      return new Started(command, CompletableFuture.completedFuture(failed));
    }
    CommandRun run = new CommandRun(command, process, log);
    running.put(command.id(), run);
    run.last().whenComplete((output, error) -> running.remove(command.id()));
    Thread.ofVirtual().name("bash-" + command.id()).start(run::run);
    return new Started(command, run.last());
  }

  /**
   * Kills every command still running, none may outlive the server, and waits a little for their
   * last chunks so that the log on disk ends every command it started.
   */
  public void shutdown() {
    List<CommandRun> runs = List.copyOf(running.values());
    runs.forEach(CommandRun::kill);
    CompletableFuture<?>[] lasts =
        runs.stream().map(CommandRun::last).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(lasts).get(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // A run that failed or hangs is ended by finishInterrupted() at the next start.
    }
  }

  private static BashCommand validate(ExecuteBashRequest request) {
    if (request == null || request.command() == null || request.command().isBlank()) {
      throw new IllegalArgumentException("command is required");
    }
    if (request.timeout() < 1) {
      throw new IllegalArgumentException("timeout must be a positive number of seconds");
    }
    String cwd = request.cwd() == null || request.cwd().isBlank() ? null : request.cwd();
    if (cwd != null && !Files.isDirectory(Path.of(cwd))) {
      throw new IllegalArgumentException("cwd is not a directory: " + cwd);
    }
    return new BashCommand(
        UUID.randomUUID().toString().replace("-", ""),
        EventTimestamps.now(),
        request.command(),
        cwd,
        request.timeout());
  }
}
