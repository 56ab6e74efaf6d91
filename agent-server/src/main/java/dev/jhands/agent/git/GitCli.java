package dev.jhands.agent.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code git} CLI with an argument list (no shell, so nothing in a path or ref is
 * interpreted), no pager, no prompts and a timeout, as the SDK's {@code run_git_command} does.
 */
final class GitCli {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private GitCli() {}

  /** What one command gave. */
  record Result(int exitCode, byte[] stdout, String stderr) {
    boolean ok() {
      return exitCode == 0;
    }

    String text() {
      return new String(stdout, StandardCharsets.UTF_8).strip();
    }
  }

  static Result run(Path dir, String... args) {
    List<String> command =
        new ArrayList<>(List.of("git", "--no-pager", "-c", "core.quotepath=off"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    // Reading must not take the index lock an agent's own git command may be waiting for.
    builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("git cannot be started: " + e.getMessage(), e);
    }
    // Both pipes are drained at once, or a full one would stall git while we wait on the other.
    CompletableFuture<byte[]> out = drain(process.getInputStream());
    CompletableFuture<byte[]> err = drain(process.getErrorStream());
    try {
      if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("git timed out: " + String.join(" ", args));
      }
      return new Result(
          process.exitValue(), out.get(), new String(err.get(), StandardCharsets.UTF_8).strip());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running git", e);
    } catch (ExecutionException e) {
      throw new UncheckedIOException(new IOException("reading git's output", e.getCause()));
    }
  }

  /** The trimmed output of a command that may fail; empty when it does. */
  static Optional<String> probe(Path dir, String... args) {
    Result result = run(dir, args);
    return result.ok() && !result.text().isEmpty() ? Optional.of(result.text()) : Optional.empty();
  }

  /**
   * The output of a command that must succeed.
   *
   * @throws IllegalArgumentException (a 400, as HEAD answers git failures) with git's own words
   */
  static Result check(Path dir, String... args) {
    Result result = run(dir, args);
    if (!result.ok()) {
      String why = result.stderr().lines().findFirst().orElse("exit code " + result.exitCode());
      throw new IllegalArgumentException("Git command failed: git " + args[0] + ": " + why);
    }
    return result;
  }

  private static CompletableFuture<byte[]> drain(InputStream stream) {
    CompletableFuture<byte[]> bytes = new CompletableFuture<>();
    Thread.ofVirtual()
        .start(
            () -> {
              try (stream) {
                bytes.complete(stream.readAllBytes());
              } catch (IOException e) {
                bytes.completeExceptionally(e);
              }
            });
    return bytes;
  }
}
