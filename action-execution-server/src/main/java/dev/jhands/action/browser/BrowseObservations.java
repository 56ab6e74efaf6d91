package dev.jhands.action.browser;

import dev.jhands.events.sandbox.BrowserOutputObservation;
import dev.jhands.events.sandbox.FileDownloadObservation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The {@code browse} observation and the text the agent reads, worded as OpenHands words it. */
final class BrowseObservations {

  static final String BROWSE = "browse";
  static final String BROWSE_INTERACTIVE = "browse_interactive";

  private BrowseObservations() {}

  static BrowserOutputObservation of(String trigger, String action, StepOutcome outcome) {
    PageState page = outcome.page();
    String error = outcome.error();
    String content =
        trigger.equals(BROWSE)
            ? browseText(page.url(), error, page.markdown())
            : interactiveText(
                page.url(), page.focusedBid(), page.screenshotPath(), error, page.axtreeText());
    return new BrowserOutputObservation(
        content,
        page.url(),
        trigger,
        page.screenshot(),
        page.screenshotPath(),
        "",
        !error.isEmpty(),
        List.of(),
        page.openPagesUrls(),
        page.activePageIndex(),
        page.domObject(),
        page.axtreeObject(),
        page.extraElementProperties(),
        action,
        error,
        page.focusedBid(),
        false);
  }

  /** A step that downloaded a file answers with the file, as OpenHands does. */
  static FileDownloadObservation downloaded(String action, Path file) {
    return new FileDownloadObservation(
        "Execution of the previous action "
            + action
            + " resulted in a file download. The downloaded file is saved at location: "
            + file,
        file.toString());
  }

  /** The browser failed as a whole: no page to show, only the error (and the URL asked for). */
  static BrowserOutputObservation failed(String trigger, String url, String error) {
    String content =
        trigger.equals(BROWSE)
            ? browseText(url, error, "")
            : interactiveText(url, "", null, error, "");
    return new BrowserOutputObservation(
        content, url, trigger, "", null, "", true, List.of(), List.of(), -1, Map.of(), Map.of(),
        Map.of(), "", error, "", false);
  }

  static String browseText(String url, String error, String markdown) {
    StringBuilder text = new StringBuilder("[Current URL: ").append(url).append("]\n");
    if (!error.isEmpty()) {
      text.append("================ BEGIN error message ===============\n")
          .append("The following error occurred when trying to visit the URL:\n")
          .append(error)
          .append("\n================ END error message ===============\n");
    }
    return text.append("============== BEGIN webpage content ==============\n")
        .append(markdown)
        .append("\n============== END webpage content ==============\n")
        .toString();
  }

  static String interactiveText(
      String url, String focusedBid, String screenshotPath, String error, String axtree) {
    StringBuilder text = new StringBuilder("[Current URL: ").append(url).append("]\n");
    text.append("[Focused element bid: ").append(focusedBid).append("]\n");
    if (screenshotPath != null && !screenshotPath.isEmpty()) {
      text.append("[Screenshot saved to: ").append(screenshotPath).append("]\n");
    }
    text.append('\n');
    if (!error.isEmpty()) {
      text.append("================ BEGIN error message ===============\n")
          .append("The following error occurred when executing the last action:\n")
          .append(error)
          .append("\n================ END error message ===============\n");
    } else {
      text.append("[Action executed successfully.]\n");
    }
    return text.append("Accessibility tree of the COMPLETE webpage:\n")
        .append(
            "Note: [bid] is the unique alpha-numeric identifier at the beginning of lines for each")
        .append(" element in the AXTree. Always use bid to refer to elements in your actions.\n")
        .append("============== BEGIN accessibility tree ==============\n")
        .append(axtree)
        .append("\n============== END accessibility tree ==============\n")
        .toString();
  }
}
