package dev.jhands.action.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads the active tab after a step: bids, focus, accessibility tree, screenshot, markdown. */
final class PageObserver {

  /** Which of the costlier parts the observation needs. */
  record Wants(boolean markdown, boolean axtreeText, boolean objects) {}

  private static final double LOAD_WAIT_MILLIS = 3000;

  private final Screenshots screenshots;

  PageObserver(Screenshots screenshots) {
    this.screenshots = screenshots;
  }

  PageState observe(BrowserSession session, Wants wants, Deadline deadline) {
    Page page = session.page();
    try {
      return read(session, page, wants, deadline);
    } catch (PlaywrightException e) {
      // A navigation that was still committing destroys the context the page was read in.
      waitLoaded(page, deadline);
      return read(session, page, wants, deadline);
    }
  }

  /** Waits a little for the tab's document, as BrowserGym does (3 s), then shows it as it is. */
  static void waitLoaded(Page page, Deadline deadline) {
    try {
      page.waitForLoadState(
          LoadState.DOMCONTENTLOADED,
          new Page.WaitForLoadStateOptions().setTimeout(deadline.capped(LOAD_WAIT_MILLIS)));
    } catch (PlaywrightException e) {
      // A page still loading (or never finishing) is shown as far as it got.
    }
  }

  private PageState read(BrowserSession session, Page page, Wants wants, Deadline deadline) {
    Map<String, Object> marks = ElementMarker.mark(page);
    String focused = ElementMarker.focusedBid(page);
    AxSnapshot ax =
        wants.axtreeText() || wants.objects()
            ? AxSnapshot.capture(session.devtools(page), marks)
            : null;
    byte[] png =
        page.screenshot(new Page.ScreenshotOptions().setTimeout(deadline.remainingMillis()));
    Path file = screenshots.save(png);
    String markdown = wants.markdown() ? PageMarkdown.convert(page.content(), page.url()) : "";
    String axtreeText =
        wants.axtreeText() ? AxTreeText.flatten(ax.axtree(), ax.extraProperties()) : "";
    List<Page> pages = session.pages();
    boolean objects = wants.objects();
    return new PageState(
        page.url(),
        pages.stream().map(Page::url).toList(),
        pages.indexOf(page),
        focused,
        Screenshots.dataUrl(png),
        file == null ? null : file.toString(),
        markdown,
        axtreeText,
        objects ? Json.toMap(ax.dom()) : Map.of(),
        objects ? Json.toMap(ax.axtree()) : Map.of(),
        objects ? Map.copyOf(ax.extraProperties()) : Map.of());
  }
}
