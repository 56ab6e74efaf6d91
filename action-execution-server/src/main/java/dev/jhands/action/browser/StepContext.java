package dev.jhands.action.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.function.Function;

/** What a BrowserGym function acts on during one step: the session, its deadline, the cwd. */
record StepContext(BrowserSession session, Deadline deadline, Function<String, Path> resolver) {

  /**
   * How long an element action waits for its element to become actionable. BrowserGym allows 500
   * ms; a little more keeps a loaded machine from failing good actions.
   */
  private static final double ELEMENT_TIMEOUT_MILLIS = 3000;

  Page page() {
    return session.page();
  }

  double elementTimeout() {
    return deadline.capped(ELEMENT_TIMEOUT_MILLIS);
  }

  double capped(double millis) {
    return deadline.capped(millis);
  }

  Path resolve(String path) {
    return resolver.apply(path);
  }

  /** The element the agent named, as BrowserGym finds it: by the {@code bid} test id. */
  Locator element(String bid) throws BrowserGymError {
    Locator element = page().getByTestId(bid);
    if (element.count() == 0) {
      throw new BrowserGymError("ValueError", "Could not find element with bid \"" + bid + "\"");
    }
    return element.first();
  }
}
