package dev.jhands.runtime.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Finds and ends the process group behind a {@code <pid>:<start millis>} handle. */
final class ProcessGroups {

  // Start instants are derived from clock ticks since boot: allow for their rounding.
  private static final long START_TOLERANCE_MILLIS = 1000;

  private ProcessGroups() {}

  static long pid(String handle) {
    return Long.parseLong(handle.substring(0, handle.indexOf(':')));
  }

  /** The group leader, if it still runs and is the very process the handle was made for. */
  static Optional<ProcessHandle> leader(String handle) {
    long started = Long.parseLong(handle.substring(handle.indexOf(':') + 1));
    return ProcessHandle.of(pid(handle))
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                p.info()
                    .startInstant()
                    .map(i -> Math.abs(i.toEpochMilli() - started) <= START_TOLERANCE_MILLIS)
                    .orElse(false));
  }

  /**
   * SIGTERM to the group and to every descendant (some leave the group), then SIGKILL to what is
   * left after the grace. Only when the leader is still ours: a group whose leader is gone may
   * since have been reused.
   */
  static void end(String handle, Duration grace) {
    Optional<ProcessHandle> leader = leader(handle);
    if (leader.isEmpty()) {
      return;
    }
    List<ProcessHandle> all =
        Stream.concat(Stream.of(leader.get()), leader.get().descendants()).toList();
    signalGroup("-TERM", leader.get().pid());
    all.forEach(ProcessHandle::destroy);
    if (!awaitExit(all, grace)) {
      signalGroup("-KILL", leader.get().pid());
      all.forEach(ProcessHandle::destroyForcibly);
      awaitExit(all, Duration.ofSeconds(5));
    }
  }

  /**
   * Ends every process working in {@code workspace} (or below), with its group and descendants: a
   * sandbox launched by a runtime API that died before it recorded the handle. Its processes are
   * found by their working directory, which the launch set to the runtime's own workspace.
   */
  static void endAllIn(Path workspace, Duration grace) {
    Path root = workspace.toAbsolutePath().normalize();
    List<ProcessHandle> inside =
        ProcessHandle.allProcesses().filter(p -> workingIn(p.pid(), root)).toList();
    for (ProcessHandle process : inside) {
      process
          .info()
          .startInstant()
          .ifPresent(started -> end(process.pid() + ":" + started.toEpochMilli(), grace));
    }
  }

  private static boolean workingIn(long pid, Path root) {
    try {
      return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")).startsWith(root);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // gone meanwhile, or not ours to look at
    }
  }

  private static void signalGroup(String signal, long pgid) {
    try {
      new ProcessBuilder("kill", signal, "--", "-" + pgid)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      // The per-process signals still reach every process known.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
    CompletableFuture<?>[] exits =
        processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
