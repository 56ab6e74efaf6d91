package dev.jhands.action.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one browser context and its tabs, kept between actions as BrowserGym keeps its env. A new tab
 * (a popup, {@code target=_blank}, {@code new_tab()}) becomes the active one, as in BrowserGym.
 * Used only from the browser thread.
 */
final class BrowserSession {

  private final Chromium chromium;
  private final BrowserContext context;
  private final List<Download> downloads = new ArrayList<>();
  private final Map<Page, CDPSession> devtools = new IdentityHashMap<>();
  private final Set<Page> known = Collections.newSetFromMap(new IdentityHashMap<>());
  private Page active;

  BrowserSession(Chromium chromium, int width, int height) {
    this.chromium = chromium;
    context =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setAcceptDownloads(true)
                    .setViewportSize(width, height));
    context.onPage(this::adopt);
    adopt(context.newPage());
  }

  private void adopt(Page page) {
    if (!known.add(page)) {
      return;
    }
    page.onDownload(downloads::add);
    page.onClose(
        closed -> {
          known.remove(closed);
          devtools.remove(closed);
        });
    active = page;
  }

  BrowserContext context() {
    return context;
  }

  /** The active tab; if it was closed, the last one left, or a new blank one. */
  Page page() {
    if (active == null || active.isClosed()) {
      List<Page> pages = context.pages();
      active = pages.isEmpty() ? context.newPage() : pages.getLast();
    }
    return active;
  }

  List<Page> pages() {
    return context.pages();
  }

  void activate(Page page) {
    page.bringToFront();
    active = page;
  }

  void newTab() {
    activate(context.newPage());
  }

  /** The DevTools session of a tab, for the accessibility tree and the DOM snapshot. */
  CDPSession devtools(Page page) {
    return devtools.computeIfAbsent(page, context::newCDPSession);
  }

  /** The downloads started since the last call. */
  List<Download> takeDownloads() {
    List<Download> started = List.copyOf(downloads);
    downloads.clear();
    return started;
  }

  boolean alive() {
    return chromium.alive();
  }

  void close() {
    chromium.close();
  }

  void kill() {
    chromium.kill();
  }
}
