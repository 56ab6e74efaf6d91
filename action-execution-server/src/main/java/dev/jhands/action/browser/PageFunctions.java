package dev.jhands.action.browser;

import static dev.jhands.action.browser.BrowserFunction.of;
import static dev.jhands.action.browser.BrowserFunction.param;

import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import java.util.List;

/** The BrowserGym functions for navigation, tabs, the mouse, the keyboard and the chat. */
final class PageFunctions {

  private PageFunctions() {}

  static List<BrowserFunction> all() {
    return List.of(
        // The chat is the agent's business: OpenHands reads the message from the action itself.
        of("send_msg_to_user", (a, s) -> a.string("text"), param("text")),
        of("report_infeasible", (a, s) -> a.string("reason"), param("reason")),
        of(
            "noop",
            (a, s) -> s.page().waitForTimeout(s.capped(a.number("wait_ms"))),
            param("wait_ms", 1000L)),
        of("goto", (a, s) -> s.page().navigate(a.string("url")), param("url")),
        of("go_back", (a, s) -> s.page().goBack()),
        of("go_forward", (a, s) -> s.page().goForward()),
        of("new_tab", (a, s) -> s.session().newTab()),
        of("tab_close", (a, s) -> s.page().close()),
        of("tab_focus", PageFunctions::tabFocus, param("index")),
        of(
            "scroll",
            (a, s) -> s.page().mouse().wheel(a.number("delta_x"), a.number("delta_y")),
            param("delta_x"),
            param("delta_y")),
        of("scroll_at", PageFunctions::scrollAt, param("x"), param("y"), param("dx"), param("dy")),
        of(
            "mouse_move",
            (a, s) -> s.page().mouse().move(a.number("x"), a.number("y")),
            param("x"),
            param("y")),
        of(
            "mouse_down",
            (a, s) ->
                moveThen(a, s).down(new Mouse.DownOptions().setButton(ElementFunctions.button(a))),
            param("x"),
            param("y"),
            param("button", "left")),
        of(
            "mouse_up",
            (a, s) ->
                moveThen(a, s).up(new Mouse.UpOptions().setButton(ElementFunctions.button(a))),
            param("x"),
            param("y"),
            param("button", "left")),
        of(
            "mouse_click",
            (a, s) ->
                s.page()
                    .mouse()
                    .click(
                        a.number("x"),
                        a.number("y"),
                        new Mouse.ClickOptions().setButton(ElementFunctions.button(a))),
            param("x"),
            param("y"),
            param("button", "left")),
        of(
            "mouse_dblclick",
            (a, s) ->
                s.page()
                    .mouse()
                    .dblclick(
                        a.number("x"),
                        a.number("y"),
                        new Mouse.DblclickOptions().setButton(ElementFunctions.button(a))),
            param("x"),
            param("y"),
            param("button", "left")),
        of(
            "mouse_drag_and_drop",
            PageFunctions::mouseDragAndDrop,
            param("from_x"),
            param("from_y"),
            param("to_x"),
            param("to_y")),
        of("keyboard_press", (a, s) -> s.page().keyboard().press(a.string("key")), param("key")),
        of("keyboard_up", (a, s) -> s.page().keyboard().up(a.string("key")), param("key")),
        of("keyboard_down", (a, s) -> s.page().keyboard().down(a.string("key")), param("key")),
        of("keyboard_type", (a, s) -> s.page().keyboard().type(a.string("text")), param("text")),
        of(
            "keyboard_insert_text",
            (a, s) -> s.page().keyboard().insertText(a.string("text")),
            param("text")));
  }

  private static Mouse moveThen(Args a, StepContext s) throws BrowserGymError {
    Mouse mouse = s.page().mouse();
    mouse.move(a.number("x"), a.number("y"));
    return mouse;
  }

  private static void scrollAt(Args a, StepContext s) throws BrowserGymError {
    Mouse mouse = s.page().mouse();
    mouse.move(a.number("x"), a.number("y"));
    mouse.wheel(a.number("dx"), a.number("dy"));
  }

  private static void mouseDragAndDrop(Args a, StepContext s) throws BrowserGymError {
    Mouse mouse = s.page().mouse();
    mouse.move(a.number("from_x"), a.number("from_y"));
    mouse.down();
    mouse.move(a.number("to_x"), a.number("to_y"));
    mouse.up();
  }

  private static void tabFocus(Args a, StepContext s) throws BrowserGymError {
    List<Page> pages = s.session().pages();
    int index = (int) a.number("index");
    // Python indexing: -1 is the last tab.
    int at = index < 0 ? pages.size() + index : index;
    if (at < 0 || at >= pages.size()) {
      throw new BrowserGymError("IndexError", "list index out of range");
    }
    s.session().activate(pages.get(at));
  }
}
