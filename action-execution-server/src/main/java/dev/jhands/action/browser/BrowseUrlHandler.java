package dev.jhands.action.browser;

import dev.jhands.action.execute.ActionHandler;
import dev.jhands.action.execute.ShellWorkingDirectory;
import dev.jhands.events.sandbox.BrowseUrlAction;
import dev.jhands.events.sandbox.ErrorObservation;
import dev.jhands.events.sandbox.SandboxObservation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.regex.Pattern;

/** {@code browse}: opens a URL and shows the page as markdown. */
@ApplicationScoped
public class BrowseUrlHandler implements ActionHandler<BrowseUrlAction> {

  private static final Pattern SCHEME =
      Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

  private final BrowserService browser;
  private final ShellWorkingDirectory cwd;

  public BrowseUrlHandler(BrowserService browser, ShellWorkingDirectory cwd) {
    this.browser = browser;
    this.cwd = cwd;
  }

  @Override
  public Class<BrowseUrlAction> actionType() {
    return BrowseUrlAction.class;
  }

  @Override
  public SandboxObservation execute(BrowseUrlAction action, Duration timeout) throws Exception {
    String url = target(action.url());
    String goTo = "goto(\"" + url.replace("\\", "\\\\").replace("\"", "\\\"") + "\")";
    try {
      StepOutcome outcome =
          browser.run(goTo, new PageObserver.Wants(true, false, action.returnAxtree()), timeout);
      if (!outcome.downloads().isEmpty()) {
        return BrowseObservations.downloaded(goTo, outcome.downloads().getFirst());
      }
      return BrowseObservations.of(BrowseObservations.BROWSE, goTo, outcome);
    } catch (BrowserUnavailableException e) {
      return new ErrorObservation(e.getMessage(), "");
    } catch (BrowserGymError e) {
      return BrowseObservations.failed(BrowseObservations.BROWSE, url, e.describe());
    }
  }

  /**
   * OpenHands sends every URL not starting with "http" to the server's directory. Here a path is
   * resolved against the shell's directory and opened as a file; other schemes (file:, about:,
   * data:) are opened as they are.
   */
  String target(String url) {
    if (url.startsWith("http") || SCHEME.matcher(url).matches()) {
      return url;
    }
    return cwd.resolve(url).toUri().toString();
  }
}
