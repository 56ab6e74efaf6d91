package dev.jhands.action.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import dev.jhands.action.ActionExecutionConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The system Chromium under Playwright's driver (a Node process the JVM starts), and the means to
 * end both for sure: a step that hangs or a shutdown must never leave browser processes behind.
 */
final class Chromium {

  private static final Logger LOG = Logger.getLogger(Chromium.class);

  // Without the networking flags Chromium phones home at start and the sandbox refuses it;
  // --no-sandbox because the server runs as root.
  static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private final Playwright playwright;
  private final Browser browser;
  private final Optional<ProcessHandle> driver;

  private Chromium(Playwright playwright, Browser browser, Optional<ProcessHandle> driver) {
    this.playwright = playwright;
    this.browser = browser;
    this.driver = driver;
  }

  /** Why the configured browser cannot be used, if it cannot; checked before every action. */
  static Optional<String> unusable(ActionExecutionConfig.Browser config) {
    if (!config.enabled()) {
      return Optional.of("The browser is disabled (jhands.action.browser.enabled=false).");
    }
    Path executable = Path.of(config.executable());
    if (!Files.isExecutable(executable)) {
      return Optional.of(
          "No Chromium executable at "
              + executable
              + " (jhands.action.browser.executable); install Debian's chromium package.");
    }
    return Optional.empty();
  }

  static Chromium launch(ActionExecutionConfig.Browser config) throws BrowserUnavailableException {
    Set<Long> before = childPids();
    Playwright playwright = null;
    try {
      // Playwright would otherwise try to download its own browsers; there is no network.
      playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      playwright.selectors().setTestIdAttribute("bid");
      Optional<ProcessHandle> driver =
          ProcessHandle.current()
              .children()
              .filter(p -> !before.contains(p.pid()))
              .filter(p -> p.info().command().map(c -> c.contains("playwright")).orElse(true))
              .findFirst();
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(Path.of(config.executable()))
                      .setHeadless(true)
                      .setArgs(ARGS)
                      .setTimeout(config.launchTimeout().toMillis()));
      LOG.infof("Chromium %s started", browser.version());
      return new Chromium(playwright, browser, driver);
    } catch (PlaywrightException e) {
      if (playwright != null) {
        closeQuietly(playwright);
      }
      throw new BrowserUnavailableException(
          "Chromium failed to start: " + PlaywrightErrors.firstLine(e));
    }
  }

  Browser browser() {
    return browser;
  }

  boolean alive() {
    return browser.isConnected() && driver.map(ProcessHandle::isAlive).orElse(true);
  }

  /** Closes Chromium and the driver, then kills whatever of them is still running. */
  void close() {
    // Taken first: a renderer orphaned by the driver's exit is no longer its descendant.
    List<ProcessHandle> processes = driver.map(d -> d.descendants().toList()).orElse(List.of());
    closeQuietly(playwright);
    driver.ifPresent(
        d -> {
          try {
            d.onExit().get(5, TimeUnit.SECONDS);
          } catch (Exception e) {
            LOG.warn("the Playwright driver did not exit; killing it");
          }
        });
    kill();
    processes.forEach(ProcessHandle::destroyForcibly);
  }

  /** For a step that hangs: no Playwright call, since the browser thread may hold one. */
  void kill() {
    driver.ifPresent(
        d -> {
          d.descendants().forEach(ProcessHandle::destroyForcibly);
          d.destroyForcibly();
        });
  }

  private static void closeQuietly(Playwright playwright) {
    try {
      playwright.close();
    } catch (RuntimeException e) {
      LOG.debug("closing Playwright failed", e);
    }
  }

  private static Set<Long> childPids() {
    return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
  }
}
