package dev.jhands.action.browser;

import com.microsoft.playwright.PlaywrightException;
import dev.jhands.action.ActionExecutionConfig;
import dev.jhands.action.execute.ShellWorkingDirectory;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The browser behind both browse actions. Chromium starts on the first one (never at start-up, so
 * {@code /alive} never waits for it) and lives until shutdown. Every Playwright call runs on one
 * thread, since Playwright is not thread-safe; a step that outlives its limit gets the browser
 * killed, and the next action starts a new one.
 */
@ApplicationScoped
public class BrowserService {

  private static final Logger LOG = Logger.getLogger(BrowserService.class);
  private static final Duration SLACK = Duration.ofSeconds(15);

  private final ActionExecutionConfig.Browser config;
  private final BrowserStep step;
  private final ExecutorService thread;
  private volatile BrowserSession session;

  public BrowserService(ActionExecutionConfig config, ShellWorkingDirectory cwd) {
    this.config = config.browser();
    var workspace = config.workingDir().toAbsolutePath().normalize();
    step =
        new BrowserStep(
            new PageObserver(new Screenshots(workspace)),
            new WorkspaceDownloads(workspace),
            cwd::resolve);
    // A deep page makes for deep recursion when its accessibility tree is flattened.
    thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(null, r, "jhands-browser", 64L << 20);
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Runs a BrowserGym action string.
   *
   * @throws BrowserUnavailableException if the browser is disabled, missing or will not start
   * @throws BrowserGymError if the browser failed as a whole (it hung, or crashed)
   */
  StepOutcome run(String actions, PageObserver.Wants wants, Duration actionTimeout)
      throws BrowserUnavailableException, BrowserGymError, InterruptedException {
    var unusable = Chromium.unusable(config);
    if (unusable.isPresent()) {
      throw new BrowserUnavailableException(unusable.get());
    }
    Duration limit =
        actionTimeout.compareTo(config.stepTimeout()) < 0 ? actionTimeout : config.stepTimeout();
    BrowserSession current = session;
    Duration wait = limit.plus(BrowserStep.OBSERVE_LIMIT).plus(SLACK);
    if (current == null || !current.alive()) {
      wait = wait.plus(config.launchTimeout());
    }
    Future<StepOutcome> future = thread.submit(() -> step.run(session(), actions, wants, limit));
    try {
      return future.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.warnf("a browser step took longer than %s; killing the browser", wait);
      future.cancel(true);
      kill();
      throw new BrowserGymError("TimeoutError", "Browser environment took too long to respond.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BrowserUnavailableException unavailable) {
        throw unavailable;
      }
      LOG.warn("a browser step failed", e.getCause());
      dropIfDead();
      throw e.getCause() instanceof PlaywrightException playwright
          ? PlaywrightErrors.asError(playwright)
          : new BrowserGymError("Error", String.valueOf(e.getCause().getMessage()));
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    }
  }

  // On the browser thread only.
  private BrowserSession session() throws BrowserUnavailableException {
    if (session != null && session.alive()) {
      return session;
    }
    if (session != null) {
      session.close();
    }
    session = null;
    Chromium chromium = Chromium.launch(config);
    try {
      session = new BrowserSession(chromium, config.viewportWidth(), config.viewportHeight());
    } catch (PlaywrightException e) {
      chromium.close();
      throw new BrowserUnavailableException(
          "Chromium started but gave no page: " + PlaywrightErrors.firstLine(e));
    }
    return session;
  }

  private void dropIfDead() {
    thread.submit(
        () -> {
          if (session != null && !session.alive()) {
            session.close();
            session = null;
          }
        });
  }

  private void kill() {
    BrowserSession hung = session;
    if (hung != null) {
      hung.kill();
    }
  }

  /** Closes the browser and ends its processes; the next action would start a new one. */
  void close() {
    Future<?> closing =
        thread.submit(
            () -> {
              if (session != null) {
                session.close();
                session = null;
              }
            });
    try {
      closing.get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("closing the browser failed; killing it", e);
      kill();
    }
  }

  void stop(@Observes(notifyObserver = Reception.IF_EXISTS) ShutdownEvent event) {
    close();
    thread.shutdownNow();
  }
}
