package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The validated arguments of one tool call, an ActionEvent's {@code action}: {@code {"kind":
 * "<X>Action", ...}}.
 *
 * <p>The terminal action is written with the baseline kind {@code ExecuteBashAction}, which is what
 * the Nov-2025 frontend matches on; the later SDK name {@code TerminalAction} is read too. Actions
 * of kinds this model does not know (MCP tools, the planning agent's tools, newer SDKs) read as
 * {@link UnknownToolAction} and are written back unchanged.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    property = "kind",
    visible = true,
    defaultImpl = UnknownToolAction.class)
@JsonSubTypes({
  @JsonSubTypes.Type(
      value = TerminalAction.class,
      name = "ExecuteBashAction",
      names = {"TerminalAction"}),
  @JsonSubTypes.Type(value = FileEditorAction.class, name = "FileEditorAction"),
  @JsonSubTypes.Type(value = TaskTrackerAction.class, name = "TaskTrackerAction"),
  @JsonSubTypes.Type(value = FinishAction.class, name = "FinishAction"),
  @JsonSubTypes.Type(value = ThinkAction.class, name = "ThinkAction"),
  @JsonSubTypes.Type(value = BrowserNavigateAction.class, name = "BrowserNavigateAction"),
  @JsonSubTypes.Type(value = BrowserClickAction.class, name = "BrowserClickAction"),
  @JsonSubTypes.Type(value = BrowserTypeAction.class, name = "BrowserTypeAction"),
  @JsonSubTypes.Type(value = BrowserGetStateAction.class, name = "BrowserGetStateAction"),
  @JsonSubTypes.Type(value = BrowserGetContentAction.class, name = "BrowserGetContentAction"),
  @JsonSubTypes.Type(value = BrowserScrollAction.class, name = "BrowserScrollAction"),
  @JsonSubTypes.Type(value = BrowserGoBackAction.class, name = "BrowserGoBackAction"),
  @JsonSubTypes.Type(value = BrowserListTabsAction.class, name = "BrowserListTabsAction"),
  @JsonSubTypes.Type(value = BrowserSwitchTabAction.class, name = "BrowserSwitchTabAction"),
  @JsonSubTypes.Type(value = BrowserCloseTabAction.class, name = "BrowserCloseTabAction")
})
public sealed interface ToolAction
    permits TerminalAction,
        FileEditorAction,
        TaskTrackerAction,
        FinishAction,
        ThinkAction,
        BrowserNavigateAction,
        BrowserClickAction,
        BrowserTypeAction,
        BrowserGetStateAction,
        BrowserGetContentAction,
        BrowserScrollAction,
        BrowserGoBackAction,
        BrowserListTabsAction,
        BrowserSwitchTabAction,
        BrowserCloseTabAction,
        UnknownToolAction {}
