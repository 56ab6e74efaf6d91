package dev.jhands.agent.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.json.PythonRepr;
import dev.jhands.events.llm.TextContent;
import dev.jhands.events.sandbox.BrowseInteractiveAction;
import dev.jhands.events.sandbox.BrowserOutputObservation;
import dev.jhands.events.sandbox.SandboxObservation;
import dev.jhands.events.tool.BrowserClickAction;
import dev.jhands.events.tool.BrowserCloseTabAction;
import dev.jhands.events.tool.BrowserGetContentAction;
import dev.jhands.events.tool.BrowserGetStateAction;
import dev.jhands.events.tool.BrowserGoBackAction;
import dev.jhands.events.tool.BrowserListTabsAction;
import dev.jhands.events.tool.BrowserNavigateAction;
import dev.jhands.events.tool.BrowserObservation;
import dev.jhands.events.tool.BrowserScrollAction;
import dev.jhands.events.tool.BrowserSwitchTabAction;
import dev.jhands.events.tool.BrowserTypeAction;
import dev.jhands.events.tool.ScrollDirection;
import dev.jhands.events.tool.ToolAction;
import dev.jhands.events.tool.ToolNames;
import dev.jhands.events.tool.ToolObservation;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.List;
import java.util.function.Function;

/**
 * The browser tool set: each tool becomes a BrowserGym program for the action-execution server's
 * browser ({@code goto("…")}, {@code click("12")}, …), never evaluated, only parsed there.
 */
final class BrowserTools {

  private static final int SCROLL_PIXELS = 600;

  private BrowserTools() {}

  static List<Tool> all() {
    JsonObjectSchema none = JsonObjectSchema.builder().build();
    return List.of(
        new BrowserTool(
            ToolNames.BROWSER_NAVIGATE,
            "Open a URL in the browser, optionally in a new tab.",
            JsonObjectSchema.builder()
                .addStringProperty("url", "The URL to open.")
                .addBooleanProperty("new_tab", "Open it in a new tab.")
                .required("url")
                .build(),
            BrowserNavigateAction.class,
            a -> {
              BrowserNavigateAction n = (BrowserNavigateAction) a;
              return (n.newTab() ? "new_tab()\n" : "") + "goto(" + str(n.url()) + ")";
            },
            true),
        new BrowserTool(
            ToolNames.BROWSER_CLICK,
            "Click the element with this index ([index] in the page state).",
            JsonObjectSchema.builder()
                .addIntegerProperty("index", "The element's index.")
                .addBooleanProperty("new_tab", "Open the link in a new tab.")
                .required("index")
                .build(),
            BrowserClickAction.class,
            a -> "click(" + str(Integer.toString(((BrowserClickAction) a).index())) + ")",
            true),
        new BrowserTool(
            ToolNames.BROWSER_TYPE,
            "Type text into the input element with this index, replacing what it holds.",
            JsonObjectSchema.builder()
                .addIntegerProperty("index", "The element's index.")
                .addStringProperty("text", "The text to type.")
                .required("index", "text")
                .build(),
            BrowserTypeAction.class,
            a -> {
              BrowserTypeAction t = (BrowserTypeAction) a;
              return "fill(" + str(Integer.toString(t.index())) + ", " + str(t.text()) + ")";
            },
            true),
        new BrowserTool(
            ToolNames.BROWSER_GET_STATE,
            "The page's URL and its interactive elements, each with an index to act on.",
            JsonObjectSchema.builder()
                .addBooleanProperty("include_screenshot", "Also take a screenshot.")
                .build(),
            BrowserGetStateAction.class,
            a -> "noop()",
            true),
        new BrowserTool(
            ToolNames.BROWSER_GET_CONTENT,
            "The page's content as markdown.",
            JsonObjectSchema.builder()
                .addBooleanProperty("extract_links", "Keep the links.")
                .addIntegerProperty("start_from_char", "Skip this many characters.")
                .build(),
            BrowserGetContentAction.class,
            a -> "noop()",
            false),
        new BrowserTool(
            ToolNames.BROWSER_SCROLL,
            "Scroll the page up or down.",
            JsonObjectSchema.builder()
                .addEnumProperty("direction", List.of("up", "down"), "Which way.")
                .build(),
            BrowserScrollAction.class,
            a ->
                "scroll(0, "
                    + (((BrowserScrollAction) a).direction() == ScrollDirection.UP ? -1 : 1)
                        * SCROLL_PIXELS
                    + ")",
            true),
        new BrowserTool(
            ToolNames.BROWSER_GO_BACK,
            "Go back to the previous page.",
            none,
            BrowserGoBackAction.class,
            a -> "go_back()",
            true),
        new BrowserTool(
            ToolNames.BROWSER_LIST_TABS,
            "List the open tabs.",
            none,
            BrowserListTabsAction.class,
            a -> "noop()",
            true),
        new BrowserTool(
            ToolNames.BROWSER_SWITCH_TAB,
            "Switch to the tab with this id (its position in the tab list).",
            JsonObjectSchema.builder()
                .addStringProperty("tab_id", "The tab's id.")
                .required("tab_id")
                .build(),
            BrowserSwitchTabAction.class,
            a -> "tab_focus(" + tabIndex(((BrowserSwitchTabAction) a).tabId()) + ")",
            true),
        new BrowserTool(
            ToolNames.BROWSER_CLOSE_TAB,
            "Close the current tab.",
            none,
            BrowserCloseTabAction.class,
            a -> "tab_close()",
            true));
  }

  private static String str(String value) {
    return PythonRepr.repr(value);
  }

  private static int tabIndex(String tabId) {
    try {
      return Integer.parseInt(tabId.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("tab_id must be a tab's number, got: " + tabId);
    }
  }

  /** One browser tool: its schema and the BrowserGym program its action becomes. */
  private record BrowserTool(
      String name,
      String description,
      JsonObjectSchema parameters,
      Class<? extends ToolAction> type,
      Function<ToolAction, String> program,
      boolean axtree)
      implements Tool {

    @Override
    public ToolAction parse(ObjectNode arguments) {
      ToolAction action = ToolArguments.bind(arguments, type.getSimpleName(), type, parameters);
      program.apply(action); // refuses what cannot become a program, before anything runs
      return action;
    }

    @Override
    public ToolObservation execute(ToolAction action, ToolContext context) {
      SandboxObservation result =
          context
              .sandbox()
              .execute(
                  new BrowseInteractiveAction(program.apply(action), "", "", null, axtree), null);
      if (result instanceof BrowserOutputObservation page) {
        String text = page.content();
        if (action instanceof BrowserListTabsAction) {
          text = tabs(page);
        }
        return new BrowserObservation(
            List.of(TextContent.of(text)), page.error(), emptyToNull(page.screenshot()));
      }
      return new BrowserObservation(List.of(TextContent.of(Observations.text(result))), true, null);
    }

    private static String tabs(BrowserOutputObservation page) {
      StringBuilder text = new StringBuilder("Open tabs:\n");
      List<String> urls = page.openPagesUrls();
      for (int i = 0; i < urls.size(); i++) {
        text.append(i == page.activePageIndex() ? "* " : "  ")
            .append(i)
            .append(": ")
            .append(urls.get(i))
            .append('\n');
      }
      return text.toString();
    }

    private static String emptyToNull(String value) {
      return value == null || value.isEmpty() ? null : value;
    }
  }
}
