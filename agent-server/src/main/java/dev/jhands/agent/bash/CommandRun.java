package dev.jhands.agent.bash;

import dev.jhands.events.bash.BashCommand;
import dev.jhands.events.bash.BashOutput;
import dev.jhands.events.conversation.EventTimestamps;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * One running command: every {@link #FLUSH_MILLIS} it turns the output read so far into BashOutput
 * chunks (at most {@link #CHUNK_CHARS} per stream each), and when the process ends, a last chunk
 * with the exit code. On timeout the process tree is killed and the exit code is {@link
 * #TIMED_OUT}.
 */
final class CommandRun {

  static final int CHUNK_CHARS = 64 * 1024;
  static final long FLUSH_MILLIS = 100;
  static final int TIMED_OUT = -1;
  // How long the last chunk waits for pipes a background child may hold open.
  private static final long DRAIN_MILLIS = 1000;
  private static final Logger LOG = Logger.getLogger(CommandRun.class);

  private final BashCommand command;
  private final Process process;
  private final BashEventLog log;
  private final Chunker stdout;
  private final Chunker stderr;
  private final CompletableFuture<BashOutput> last = new CompletableFuture<>();
  private int order;

  CommandRun(BashCommand command, Process process, BashEventLog log) {
    this.command = command;
    this.process = process;
    this.log = log;
    this.stdout = new Chunker(process.getInputStream(), "bash-out-" + command.id());
    this.stderr = new Chunker(process.getErrorStream(), "bash-err-" + command.id());
  }

  /** Completes with the last chunk, the one holding the exit code. */
  CompletableFuture<BashOutput> last() {
    return last;
  }

  long pid() {
    return process.pid();
  }

  void run() {
    try {
      int exitCode = follow();
      stdout.awaitEnd(DRAIN_MILLIS);
      stderr.awaitEnd(DRAIN_MILLIS);
      BashOutput output = emitRest(exitCode);
      last.complete(output);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
      last.completeExceptionally(e);
    } catch (RuntimeException e) {
      LOG.errorf(e, "bash command %s failed", command.id());
      kill();
      last.completeExceptionally(e);
    }
  }

  /** Ends the process and everything it started, children first so none escapes to init. */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private int follow() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(command.timeout());
    while (!process.waitFor(FLUSH_MILLIS, TimeUnit.MILLISECONDS)) {
      if (System.nanoTime() - deadline >= 0) {
        kill();
        process.waitFor();
        return TIMED_OUT;
      }
      while (!stdout.isEmpty() || !stderr.isEmpty()) {
        emit(null);
      }
    }
    return process.exitValue();
  }

  // Output left after the exit goes out in full chunks; the last one carries the exit code.
  private BashOutput emitRest(int exitCode) {
    while (true) {
      BashOutput chunk = chunk(exitCode);
      if (stdout.isEmpty() && stderr.isEmpty()) {
        log.append(chunk);
        return chunk;
      }
      log.append(
          new BashOutput(
              chunk.id(),
              chunk.timestamp(),
              chunk.commandId(),
              chunk.order(),
              null,
              chunk.stdout(),
              chunk.stderr()));
    }
  }

  private void emit(Integer exitCode) {
    log.append(chunk(exitCode));
  }

  private BashOutput chunk(Integer exitCode) {
    return new BashOutput(
        UUID.randomUUID().toString().replace("-", ""),
        EventTimestamps.now(),
        command.id(),
        order++,
        exitCode,
        stdout.take(CHUNK_CHARS),
        stderr.take(CHUNK_CHARS));
  }
}
