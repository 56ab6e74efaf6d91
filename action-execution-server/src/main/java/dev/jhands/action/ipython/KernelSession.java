package dev.jhands.action.ipython;

import dev.jhands.action.ActionExecutionConfig;
import dev.jhands.action.execute.ShellWorkingDirectory;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * The one kernel of this server, started on first use (or at boot with {@code prestart}) and
 * started again when it or its bridge has died. Cells run one at a time.
 */
@ApplicationScoped
public class KernelSession {

  private static final Logger LOG = Logger.getLogger(KernelSession.class);
  // Beyond a cell's own timeout the bridge may restart a dead kernel, change directory and
  // interrupt; only past all of that is it taken to hang.
  private static final Duration BRIDGE_SLACK = Duration.ofSeconds(15);
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  private final ReentrantLock oneCellAtATime = new ReentrantLock();
  private final InterpreterResolver resolver;
  private final UserCommand user;
  private final Duration startTimeout;
  private final boolean prestart;
  private final ShellWorkingDirectory shell;

  private BridgeScript script;
  private volatile KernelBridge bridge;
  private volatile boolean stateLost;
  private volatile boolean shutDown;

  /** What a cell produced and the interpreter that ran it. */
  record Executed(CellResult result, String python) {}

  @Inject
  public KernelSession(ActionExecutionConfig config, ShellWorkingDirectory shell) {
    this.user = UserCommand.of(config.username(), UserCommand.serverIsRoot());
    this.resolver = new InterpreterResolver(config.ipython().python(), user);
    this.startTimeout = config.ipython().startTimeout();
    this.prestart = config.ipython().prestart();
    this.shell = shell;
  }

  void onStart(@Observes StartupEvent started) {
    if (!prestart) {
      return;
    }
    // In the background: /alive must answer while the kernel starts.
    Thread.ofVirtual()
        .name("ipython-prestart")
        .start(
            () -> {
              try {
                locked(this::ensureBridge);
              } catch (KernelUnavailableException e) {
                LOG.warnf("IPython is not available: %s", e.getMessage());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
  }

  Executed run(String code, Path cwd, Duration timeout)
      throws KernelUnavailableException, InterruptedException {
    return locked(
        () -> {
          KernelBridge current = ensureBridge();
          boolean freshAfterLoss = stateLost;
          stateLost = false;
          CellResult result;
          try {
            result = current.execute(code, cwd, timeout, startTimeout.plus(BRIDGE_SLACK));
          } catch (KernelUnavailableException e) {
            discard(current);
            throw e;
          }
          if (!current.isAlive()) {
            discard(current);
          }
          return new Executed(freshAfterLoss ? result.afterRestart() : result, current.python());
        });
  }

  /** Ends the kernel and its bridge; the next cell starts a new one. */
  public void stop() {
    KernelBridge current = bridge;
    if (current != null) {
      discard(current);
    }
  }

  @PreDestroy
  void shutdown() throws InterruptedException {
    shutDown = true;
    // Ending the bridge first ends a running cell, which frees the lock.
    stop();
    // A bridge still starting (prestart) ends itself when it sees shutDown; this bound is only
    // for that start, so a stuck one cannot hold up the server's exit.
    if (!oneCellAtATime.tryLock(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      LOG.warn("an IPython kernel was still starting at shutdown");
      return;
    }
    try {
      stop();
      if (script != null) {
        script.close();
        script = null;
      }
    } finally {
      oneCellAtATime.unlock();
    }
  }

  /** The processes behind the kernel, for checking that none outlives it. */
  List<ProcessHandle> processes() {
    KernelBridge current = bridge;
    return current == null ? List.of() : current.processes();
  }

  private KernelBridge ensureBridge() throws KernelUnavailableException, InterruptedException {
    if (shutDown) {
      throw new KernelUnavailableException("the server is shutting down");
    }
    KernelBridge current = bridge;
    if (current != null && current.isAlive()) {
      return current;
    }
    if (current != null) {
      discard(current);
    }
    String python = resolver.resolve();
    List<String> command =
        user.wrap(
            List.of(
                python,
                script().toString(),
                Long.toString(startTimeout.toSeconds()),
                shell.get().toString()));
    current = KernelBridge.start(command, startTimeout);
    if (shutDown) {
      current.close();
      throw new KernelUnavailableException("the server is shutting down");
    }
    bridge = current;
    return current;
  }

  private Path script() throws KernelUnavailableException {
    if (script == null) {
      try {
        script = BridgeScript.extract();
      } catch (IOException e) {
        throw new KernelUnavailableException("cannot write the kernel bridge: " + e.getMessage());
      }
    }
    return script.path();
  }

  // Whoever sees a bridge go first marks the state lost, so the next cell says it is new.
  private void discard(KernelBridge gone) {
    synchronized (this) {
      if (bridge == gone) {
        bridge = null;
        stateLost = true;
      }
    }
    gone.close();
  }

  private interface Locked<T> {
    T call() throws KernelUnavailableException, InterruptedException;
  }

  private <T> T locked(Locked<T> body) throws KernelUnavailableException, InterruptedException {
    oneCellAtATime.lockInterruptibly();
    try {
      return body.call();
    } finally {
      oneCellAtATime.unlock();
    }
  }
}
