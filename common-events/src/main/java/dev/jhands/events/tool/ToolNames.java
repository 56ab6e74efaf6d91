package dev.jhands.events.tool;

import java.util.List;
import java.util.Set;

/**
 * Tool names as the LLM and the tool registry know them: an ActionEvent's {@code tool_name}, and
 * the {@code name} of an agent's tool spec. Names are the tool class names in snake_case without
 * the {@code Tool} suffix.
 */
public final class ToolNames {

  public static final String TERMINAL = "terminal";
  public static final String FILE_EDITOR = "file_editor";
  public static final String TASK_TRACKER = "task_tracker";
  public static final String FINISH = "finish";
  public static final String THINK = "think";

  /** The registry name that expands to all the browser tools below. */
  public static final String BROWSER_TOOL_SET = "browser_tool_set";

  public static final String BROWSER_NAVIGATE = "browser_navigate";
  public static final String BROWSER_CLICK = "browser_click";
  public static final String BROWSER_TYPE = "browser_type";
  public static final String BROWSER_GET_STATE = "browser_get_state";
  public static final String BROWSER_GET_CONTENT = "browser_get_content";
  public static final String BROWSER_SCROLL = "browser_scroll";
  public static final String BROWSER_GO_BACK = "browser_go_back";
  public static final String BROWSER_LIST_TABS = "browser_list_tabs";
  public static final String BROWSER_SWITCH_TAB = "browser_switch_tab";
  public static final String BROWSER_CLOSE_TAB = "browser_close_tab";

  /** The tools of {@link #BROWSER_TOOL_SET}, in the SDK's order. */
  public static final List<String> BROWSER =
      List.of(
          BROWSER_NAVIGATE,
          BROWSER_CLICK,
          BROWSER_TYPE,
          BROWSER_GET_STATE,
          BROWSER_GET_CONTENT,
          BROWSER_SCROLL,
          BROWSER_GO_BACK,
          BROWSER_LIST_TABS,
          BROWSER_SWITCH_TAB,
          BROWSER_CLOSE_TAB);

  /** Always available, whatever the agent's tool list says. */
  public static final Set<String> BUILT_IN = Set.of(FINISH, THINK);

  /** The tool specs of the default agent preset (browser included). */
  public static final List<String> DEFAULT_AGENT =
      List.of(TERMINAL, FILE_EDITOR, TASK_TRACKER, BROWSER_TOOL_SET);

  private ToolNames() {}
}
