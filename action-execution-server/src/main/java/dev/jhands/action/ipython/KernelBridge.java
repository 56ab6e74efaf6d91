package dev.jhands.action.ipython;

import dev.jhands.action.ipython.BridgeProtocol.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * One running {@code kernel_bridge.py} and, through it, one kernel. Not thread-safe except {@link
 * #close()}, which may cut a running cell short from another thread.
 */
final class KernelBridge implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(KernelBridge.class);
  private static final int STDERR_LINES_KEPT = 20;
  // Time the bridge gets to shut its kernel down itself, then each signal round gets.
  private static final Duration GRACEFUL_EXIT = Duration.ofSeconds(3);
  private static final Duration SIGNAL_EXIT = Duration.ofSeconds(2);

  private final Process process;
  private final Writer requests;
  // Empty means end of stream: the bridge is gone.
  private final BlockingQueue<Optional<Reply>> replies = new LinkedBlockingQueue<>();
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private volatile String python;

  private KernelBridge(Process process) {
    this.process = process;
    this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    pump("ipython-bridge-out", process.getInputStream(), this::onStdout, true);
    pump("ipython-bridge-err", process.getErrorStream(), this::onStderr, false);
  }

  /** Starts the bridge and waits until its kernel answers. */
  static KernelBridge start(List<String> command, Duration startTimeout)
      throws KernelUnavailableException, InterruptedException {
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      // Cells run the agent's code, which has no business with the server's own key.
      builder.environment().remove("SESSION_API_KEY");
      process = builder.start();
    } catch (IOException e) {
      throw new KernelUnavailableException("cannot start the kernel bridge: " + e.getMessage());
    }
    KernelBridge bridge = new KernelBridge(process);
    try {
      // The bridge bounds the kernel's start itself; the extra covers the interpreter's own.
      Optional<Reply> ready =
          bridge.replies.poll(startTimeout.plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
      if (ready == null) {
        throw new KernelUnavailableException(
            "the kernel did not start within " + startTimeout.toSeconds() + " s");
      }
      if (ready.isEmpty() || !ready.get().isReady()) {
        String why = ready.map(Reply::error).orElse(null);
        throw new KernelUnavailableException(
            "the kernel did not start: " + (why != null ? why : bridge.exitDescription()));
      }
      bridge.python = ready.get().python();
      LOG.infof("IPython kernel started (pid %s, %s)", ready.get().kernelPid(), bridge.python);
      return bridge;
    } catch (KernelUnavailableException | InterruptedException | RuntimeException e) {
      bridge.close();
      throw e;
    }
  }

  String python() {
    return python;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Runs one cell. The bridge enforces {@code timeout} and interrupts the kernel; {@code slack} is
   * how much longer to wait before deciding the bridge itself hangs, which ends it.
   *
   * @throws KernelUnavailableException the bridge could not run the cell (e.g. a kernel restart
   *     failed); it stays usable for another try
   */
  CellResult execute(String code, Path cwd, Duration timeout, Duration slack)
      throws KernelUnavailableException, InterruptedException {
    try {
      requests.write(BridgeProtocol.execute(code, cwd, timeout));
      requests.write('\n');
      requests.flush();
    } catch (IOException e) {
      close();
      return CellResult.died();
    }
    Optional<Reply> reply = replies.poll(timeout.plus(slack).toMillis(), TimeUnit.MILLISECONDS);
    if (reply == null) {
      LOG.warn("the IPython bridge did not answer after the cell's timeout; ending it");
      close();
      return CellResult.timedOut(true);
    }
    if (reply.isEmpty()) {
      LOG.warnf("the IPython bridge ended during a cell: %s", exitDescription());
      close();
      return CellResult.died();
    }
    if (!reply.get().isResult()) {
      throw new KernelUnavailableException(String.valueOf(reply.get().error()));
    }
    return BridgeProtocol.toResult(reply.get());
  }

  /** The bridge and everything under it: su, the interpreter, the kernel, whatever cells ran. */
  List<ProcessHandle> processes() {
    ProcessHandle root = process.toHandle();
    return Stream.concat(Stream.of(root), root.descendants()).toList();
  }

  /**
   * Ends the bridge and its kernel. The bridge is asked first, so it can remove its connection
   * files; whatever still runs after that is signalled, down to a cell's own subprocesses, which
   * the kernel's process group may not hold.
   */
  @Override
  public void close() {
    List<ProcessHandle> tree = processes();
    try {
      requests.write(BridgeProtocol.SHUTDOWN);
      requests.write('\n');
      requests.close();
    } catch (IOException e) {
      // Already gone: nothing to ask.
    }
    waitForExit(List.of(process.toHandle()), GRACEFUL_EXIT);
    List<ProcessHandle> left = waitForExit(signal(tree, ProcessHandle::destroy), SIGNAL_EXIT);
    left = waitForExit(signal(left, ProcessHandle::destroyForcibly), SIGNAL_EXIT);
    if (!left.isEmpty()) {
      LOG.warnf("IPython processes outlived SIGKILL: %s", left);
    }
  }

  private static List<ProcessHandle> signal(
      List<ProcessHandle> handles, Consumer<ProcessHandle> how) {
    List<ProcessHandle> alive = handles.stream().filter(ProcessHandle::isAlive).toList();
    alive.forEach(how);
    return alive;
  }

  /** Waits up to {@code limit} for the handles to end; returns those still alive. */
  private static List<ProcessHandle> waitForExit(List<ProcessHandle> handles, Duration limit) {
    try {
      CompletableFuture.allOf(
              handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
          .get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Reported through what is still alive.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return handles.stream().filter(ProcessHandle::isAlive).toList();
  }

  private String exitDescription() {
    String tail;
    synchronized (stderrTail) {
      tail = String.join("\n", stderrTail).strip();
    }
    String exit =
        process.isAlive() ? "the bridge stopped answering" : "exit code " + exitCodeSoon();
    return tail.isEmpty() ? exit : exit + ": " + tail;
  }

  // The reader sees end of stream a moment before the process is reaped.
  private int exitCodeSoon() {
    try {
      process.waitFor(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return process.isAlive() ? -1 : process.exitValue();
  }

  private void onStdout(String line) {
    Optional<Reply> reply = BridgeProtocol.parse(line);
    if (reply.isPresent()) {
      replies.add(reply);
    } else {
      LOG.debugf("ipython bridge stdout: %s", line);
    }
  }

  private void onStderr(String line) {
    LOG.debugf("ipython bridge: %s", line);
    synchronized (stderrTail) {
      stderrTail.addLast(line);
      while (stderrTail.size() > STDERR_LINES_KEPT) {
        stderrTail.removeFirst();
      }
    }
  }

  private void pump(String name, InputStream stream, Consumer<String> sink, boolean signalEnd) {
    Thread.ofPlatform()
        .daemon()
        .name(name)
        .start(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  sink.accept(line);
                }
              } catch (IOException e) {
                LOG.debugf("%s: %s", name, e);
              } finally {
                if (signalEnd) {
                  replies.add(Optional.empty());
                }
              }
            });
  }
}
