package dev.jhands.action.browser;

import dev.jhands.action.execute.ActionHandler;
import dev.jhands.events.sandbox.BrowseInteractiveAction;
import dev.jhands.events.sandbox.ErrorObservation;
import dev.jhands.events.sandbox.SandboxObservation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * {@code browse_interactive}: runs BrowserGym actions ({@code click('12')}, {@code fill(...)}, ...)
 * and shows the page's accessibility tree. A step that downloaded a file answers with the file
 * instead.
 */
@ApplicationScoped
public class BrowseInteractiveHandler implements ActionHandler<BrowseInteractiveAction> {

  private final BrowserService browser;

  public BrowseInteractiveHandler(BrowserService browser) {
    this.browser = browser;
  }

  @Override
  public Class<BrowseInteractiveAction> actionType() {
    return BrowseInteractiveAction.class;
  }

  @Override
  public SandboxObservation execute(BrowseInteractiveAction action, Duration timeout)
      throws Exception {
    String actions = action.browserActions();
    try {
      StepOutcome outcome =
          browser.run(actions, new PageObserver.Wants(false, true, action.returnAxtree()), timeout);
      if (!outcome.downloads().isEmpty()) {
        return BrowseObservations.downloaded(actions, outcome.downloads().getFirst());
      }
      return BrowseObservations.of(BrowseObservations.BROWSE_INTERACTIVE, actions, outcome);
    } catch (BrowserUnavailableException e) {
      return new ErrorObservation(e.getMessage(), "");
    } catch (BrowserGymError e) {
      return BrowseObservations.failed(BrowseObservations.BROWSE_INTERACTIVE, "", e.describe());
    }
  }
}
