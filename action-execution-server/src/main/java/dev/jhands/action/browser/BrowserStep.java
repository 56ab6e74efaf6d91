package dev.jhands.action.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * One step on the browser thread, as BrowserGym's {@code env.step}: run the action string, let the
 * page settle, then save downloads and read the page.
 */
final class BrowserStep {

  /** BrowserGym's pause after an action, for the page's own scripts and events. */
  private static final double SETTLE_MILLIS = 500;

  /** How long BrowserGym waits for a document to load before it shows the page anyway. */
  private static final double LOAD_WAIT_MILLIS = 3000;

  /** Reading the page afterwards gets its own budget, so a slow action still shows its page. */
  static final Duration OBSERVE_LIMIT = Duration.ofSeconds(30);

  private final PageObserver observer;
  private final WorkspaceDownloads downloads;
  private final Function<String, Path> resolver;

  BrowserStep(
      PageObserver observer, WorkspaceDownloads downloads, Function<String, Path> resolver) {
    this.observer = observer;
    this.downloads = downloads;
    this.resolver = resolver;
  }

  StepOutcome run(
      BrowserSession session, String actions, PageObserver.Wants wants, Duration limit) {
    Deadline deadline = Deadline.after(limit);
    session.context().setDefaultTimeout(limit.toMillis());
    session.context().setDefaultNavigationTimeout(limit.toMillis());
    String error = "";
    try {
      BrowserFunctions.run(
          ActionParser.parse(actions), new StepContext(session, deadline, resolver));
    } catch (BrowserGymError e) {
      error = e.describe();
    } catch (PlaywrightException e) {
      error = PlaywrightErrors.describe(e);
    } catch (Exception e) {
      error = "Error: " + e.getMessage();
    }
    Deadline observing = Deadline.after(OBSERVE_LIMIT);
    settle(session, deadline);
    List<Path> saved = downloads.save(session.takeDownloads());
    return new StepOutcome(observer.observe(session, wants, observing), error, saved);
  }

  /**
   * Gives the page's scripts a moment, then waits for its document as BrowserGym does. A navigation
   * still waiting for its server would block every read of the page; once the step's time is up it
   * is stopped, as the Esc key would, and the page shows what it had.
   */
  private static void settle(BrowserSession session, Deadline deadline) {
    Page page = session.page();
    page.waitForTimeout(SETTLE_MILLIS);
    double wait =
        Math.min(OBSERVE_LIMIT.toMillis(), Math.max(LOAD_WAIT_MILLIS, deadline.remainingMillis()));
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        page.waitForFunction(
            "() => document.readyState !== 'loading'",
            null,
            new Page.WaitForFunctionOptions().setTimeout(wait).setPollingInterval(100));
        return;
      } catch (TimeoutError e) {
        session.devtools(page).send("Page.stopLoading");
        return;
      } catch (PlaywrightException e) {
        // The document was replaced during the check (a redirect, a script): check the new one.
      }
    }
  }
}
