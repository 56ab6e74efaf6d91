package dev.jhands.action.browser;

import static dev.jhands.action.browser.BrowserTests.bid;
import static dev.jhands.action.browser.BrowserTests.browse;
import static dev.jhands.action.browser.BrowserTests.chromiumProcesses;
import static dev.jhands.action.browser.BrowserTests.interact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.jhands.action.ActionExecutionConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code browse} and {@code browse_interactive} against real pages in the system Chromium. */
@QuarkusTest
@TestProfile(BrowseIT.OwnWorkspace.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowseIT {

  /** Screenshots and downloads land in the workspace, so each run gets its own. */
  public static class OwnWorkspace implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Path dir =
          Path.of(System.getProperty("java.io.tmpdir"), "jhands-aes-test", "workspace")
              .resolve("browser-" + UUID.randomUUID());
      return Map.of("jhands.action.working-dir", dir.toString());
    }
  }

  private TestSite site;

  @Inject ActionExecutionConfig config;
  @Inject BrowserService browser;

  @BeforeAll
  void serve() throws IOException {
    site = new TestSite();
  }

  // Only this run's own workspace, never the shared root.
  @AfterAll
  void cleanUp() throws IOException {
    site.close();
    Path own = workspace();
    if (own.getFileName().toString().startsWith("browser-")) {
      try (Stream<Path> files = Files.walk(own)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private Path workspace() {
    return config.workingDir();
  }

  @Test
  void browseShowsThePageAsMarkdown() {
    JsonPath obs = browse(site.url("/"), false);
    assertThat(obs.getString("observation")).isEqualTo("browse");
    String content = obs.getString("content");
    assertThat(content)
        .startsWith(
            "[Current URL: "
                + site.url("/")
                + "]\n============== BEGIN webpage content ==============\n")
        .contains(
            "# Welcome",
            "Start here.",
            "[Go to the form](" + site.url("/form") + ")",
            "a sleeping cat")
        .endsWith("\n============== END webpage content ==============\n");
    assertThat(obs.getString("extras.url")).isEqualTo(site.url("/"));
    assertThat(obs.getString("extras.trigger_by_action")).isEqualTo("browse");
    assertThat(obs.getBoolean("extras.error")).isFalse();
    assertThat(obs.getString("extras.screenshot")).startsWith("data:image/png;base64,");
    assertThat(obs.getList("extras.open_pages_urls")).containsExactly(site.url("/"));
    assertThat(obs.getInt("extras.active_page_index")).isZero();
    assertThat(obs.getString("extras.last_browser_action"))
        .isEqualTo("goto(\"" + site.url("/") + "\")");
    assertThat(obs.getMap("extras.axtree_object")).isEmpty();
    Path screenshot = Path.of(obs.getString("extras.screenshot_path"));
    assertThat(screenshot.getParent()).isEqualTo(workspace().resolve(".browser_screenshots"));
    assertThat(screenshot).exists();
  }

  @Test
  void browseOpensAPathRelativeToTheWorkingDirectory() throws IOException {
    Files.writeString(
        workspace().resolve("local.html"), "<title>Local</title><h2>A local page</h2>");
    JsonPath obs = browse("local.html", false);
    assertThat(obs.getString("extras.url"))
        .isEqualTo(workspace().resolve("local.html").toUri().toString());
    assertThat(obs.getString("content")).contains("## A local page");
  }

  @Test
  void browseAnUnreachableUrlShowsTheErrorBlock() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    JsonPath obs = browse("http://127.0.0.1:" + closed + "/", false);
    assertThat(obs.getBoolean("extras.error")).isTrue();
    assertThat(obs.getString("content"))
        .contains(
            "================ BEGIN error message ===============\n"
                + "The following error occurred when trying to visit the URL:\n"
                + "Error: net::ERR_CONNECTION_REFUSED")
        .contains("============== BEGIN webpage content ==============");
  }

  @Test
  void fillClickAndPressByBid() {
    String form = interact("goto('" + site.url("/form") + "')").getString("content");
    assertThat(form)
        .startsWith("[Current URL: " + site.url("/form") + "]\n[Focused element bid: ")
        .contains("[Screenshot saved to: " + workspace().resolve(".browser_screenshots"))
        .contains(
            "\n\n[Action executed successfully.]\nAccessibility tree of the COMPLETE webpage:\n")
        .contains(
            "============== BEGIN accessibility tree ==============\nRootWebArea 'Form', focused")
        .endsWith("\n============== END accessibility tree ==============\n");
    String name = bid(form, "textbox", "Name");
    String greet = bid(form, "button", "Greet");
    assertThat(form).contains("[" + greet + "] button 'Greet', clickable");

    String greeted =
        interact("fill('" + name + "', 'Ada')\nclick('" + greet + "')").getString("content");
    assertThat(greeted).contains("[Action executed successfully.]", "StaticText 'Hello, Ada!'");

    JsonPath pressed = interact("fill('" + name + "', 'Bob'); press('" + name + "', 'Enter')");
    assertThat(pressed.getString("content")).contains("StaticText 'Hello, Bob!'");
    assertThat(pressed.getString("extras.focused_element_bid")).isEqualTo(name);
    assertThat(pressed.getString("content")).contains("[Focused element bid: " + name + "]");
  }

  @Test
  void selectFocusHoverAndClear() {
    String form = interact("goto('" + site.url("/form") + "')").getString("content");
    String colour = bid(form, "combobox", "Colour");
    String name = bid(form, "textbox", "Name");
    String after =
        interact(
                "select_option('%s', 'Blue')\nfill('%s', 'x')\nclear('%s')\nhover('%s')\nfocus('%s')\nnoop(10)\nsend_msg_to_user('done')"
                    .formatted(colour, name, name, colour, name))
            .getString("content");
    assertThat(after)
        .contains(
            "[Action executed successfully.]",
            "StaticText 'Colour: blue'",
            "[Focused element bid: " + name + "]")
        .doesNotContain("value='x'");
  }

  @Test
  void clickALinkThenGoBackAndForward() {
    String home = interact("goto('" + site.url("/") + "')").getString("content");
    String link = bid(home, "link", "Go to the form");
    assertThat(home)
        .contains(
            "[" + link + "] link 'Go to the form', clickable, url='" + site.url("/form") + "'");
    assertThat(interact("click('" + link + "')").getString("extras.url"))
        .isEqualTo(site.url("/form"));
    assertThat(interact("go_back()").getString("extras.url")).isEqualTo(site.url("/"));
    assertThat(interact("go_forward()").getString("extras.url")).isEqualTo(site.url("/form"));
  }

  @Test
  void scrollMovesThePage() {
    assertThat(interact("goto('" + site.url("/long") + "')").getString("content"))
        .contains("StaticText 'At the top'");
    Matcher scrolled =
        Pattern.compile("StaticText 'Scrolled to (\\d+)'")
            .matcher(interact("scroll(0, 600)").getString("content"));
    assertThat(scrolled.find()).isTrue();
    assertThat(Integer.parseInt(scrolled.group(1))).isPositive();
  }

  @Test
  void theScreenshotIsAPngInTheWorkspace() throws IOException {
    String content = interact("goto('" + site.url("/") + "')").getString("content");
    Matcher saved = Pattern.compile("\\[Screenshot saved to: (.+)]").matcher(content);
    assertThat(saved.find()).isTrue();
    Path png = Path.of(saved.group(1));
    assertThat(png.getFileName().toString()).matches("screenshot_\\d{8}_\\d{6}_\\d{6}\\.png");
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void aClickThatDownloadsAnswersWithTheFile() throws IOException {
    String page = interact("goto('" + site.url("/downloads") + "')").getString("content");
    String action = "click('" + bid(page, "link", "Get the report") + "')";
    JsonPath obs = interact(action);
    assertThat(obs.getString("observation")).isEqualTo("download");
    Path file = Path.of(obs.getString("extras.file_path"));
    assertThat(file.getParent()).isEqualTo(workspace());
    assertThat(file.getFileName().toString()).matches("file_\\d+\\.txt");
    assertThat(Files.readString(file)).isEqualTo(TestSite.REPORT);
    assertThat(obs.getString("content"))
        .isEqualTo(
            "Execution of the previous action "
                + action
                + " resulted in a file download. The downloaded file is saved at location: "
                + file);
  }

  @Test
  void aSyntaxErrorIsAnErrorBlockNotAServerError() {
    JsonPath obs = interact("click(\"12\"");
    assertThat(obs.getString("observation")).isEqualTo("browse");
    assertThat(obs.getBoolean("extras.error")).isTrue();
    assertThat(obs.getString("extras.last_browser_action_error")).startsWith("SyntaxError: ");
    assertThat(obs.getString("content"))
        .contains(
            "================ BEGIN error message ===============\n"
                + "The following error occurred when executing the last action:\nSyntaxError: ")
        .contains("BEGIN accessibility tree");
  }

  @Test
  void unknownBidsAndFunctionsAreErrorsTheAgentCanRead() {
    interact("goto('" + site.url("/") + "')");
    assertThat(interact("click('99999')").getString("extras.last_browser_action_error"))
        .isEqualTo("ValueError: Could not find element with bid \"99999\"");
    assertThat(interact("open_the_pod_bay_doors()").getString("extras.last_browser_action_error"))
        .isEqualTo("NameError: name 'open_the_pod_bay_doors' is not defined");
  }

  @Test
  void returnAxtreeGivesTheTreeAndTheElementProperties() {
    JsonPath obs = browse(site.url("/form"), true);
    assertThat(obs.getList("extras.axtree_object.nodes")).isNotEmpty();
    assertThat(obs.getList("extras.axtree_object.nodes.browsergym_id"))
        .anyMatch(bid -> bid != null);
    assertThat(obs.getList("extras.dom_object.documents")).isNotEmpty();
    Map<String, Map<String, Object>> extra = obs.getMap("extras.extra_element_properties");
    assertThat(extra.values()).anyMatch(p -> Boolean.TRUE.equals(p.get("clickable")));
    assertThat(extra.values())
        .allSatisfy(p -> assertThat(p).containsKeys("visibility", "bbox", "set_of_marks"));
  }

  @Test
  void aStepIsLimitedByTheActionTimeout() {
    long start = System.nanoTime();
    JsonPath obs = interact("goto('" + site.url("/slow") + "')", 2);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(obs.getString("extras.last_browser_action_error"))
        .startsWith("TimeoutError: Timeout 2000ms exceeded.");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void closingEndsEveryChromiumProcessAndTheNextActionStartsANewBrowser() {
    browse(site.url("/"), false);
    assertThat(chromiumProcesses()).isNotEmpty();
    browser.close();
    await().atMost(Duration.ofSeconds(10)).until(() -> chromiumProcesses().isEmpty());
    assertThat(browse(site.url("/"), false).getString("content")).contains("# Welcome");
  }
}
