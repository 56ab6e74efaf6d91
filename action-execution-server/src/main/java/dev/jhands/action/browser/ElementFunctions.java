package dev.jhands.action.browser;

import static dev.jhands.action.browser.BrowserFunction.of;
import static dev.jhands.action.browser.BrowserFunction.param;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.KeyboardModifier;
import com.microsoft.playwright.options.MouseButton;
import dev.jhands.events.json.PythonRepr;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The BrowserGym functions that act on one element, found by its {@code bid}. */
final class ElementFunctions {

  private ElementFunctions() {}

  static List<BrowserFunction> all() {
    return List.of(
        of(
            "fill",
            ElementFunctions::fill,
            param("bid"),
            param("value"),
            param("enable_autocomplete_menu", false)),
        of(
            "check",
            (a, s) -> el(a, s).check(new Locator.CheckOptions().setTimeout(s.elementTimeout())),
            param("bid")),
        of(
            "uncheck",
            (a, s) -> el(a, s).uncheck(new Locator.UncheckOptions().setTimeout(s.elementTimeout())),
            param("bid")),
        of(
            "select_option",
            (a, s) ->
                el(a, s)
                    .selectOption(
                        a.strings("options").toArray(String[]::new),
                        new Locator.SelectOptionOptions().setTimeout(s.elementTimeout())),
            param("bid"),
            param("options")),
        of(
            "click",
            (a, s) ->
                el(a, s)
                    .click(
                        new Locator.ClickOptions()
                            .setButton(button(a))
                            .setModifiers(modifiers(a))
                            .setTimeout(s.elementTimeout())),
            param("bid"),
            param("button", "left"),
            param("modifiers", List.of())),
        of(
            "dblclick",
            (a, s) ->
                el(a, s)
                    .dblclick(
                        new Locator.DblclickOptions()
                            .setButton(button(a))
                            .setModifiers(modifiers(a))
                            .setTimeout(s.elementTimeout())),
            param("bid"),
            param("button", "left"),
            param("modifiers", List.of())),
        of(
            "hover",
            (a, s) -> el(a, s).hover(new Locator.HoverOptions().setTimeout(s.elementTimeout())),
            param("bid")),
        of(
            "press",
            (a, s) ->
                el(a, s)
                    .press(
                        a.string("key_comb"),
                        new Locator.PressOptions().setTimeout(s.elementTimeout())),
            param("bid"),
            param("key_comb")),
        of(
            "focus",
            (a, s) -> el(a, s).focus(new Locator.FocusOptions().setTimeout(s.elementTimeout())),
            param("bid")),
        of(
            "clear",
            (a, s) -> el(a, s).clear(new Locator.ClearOptions().setTimeout(s.elementTimeout())),
            param("bid")),
        of("drag_and_drop", ElementFunctions::dragAndDrop, param("from_bid"), param("to_bid")),
        of("upload_file", ElementFunctions::uploadFile, param("bid"), param("file")));
  }

  private static Locator el(Args a, StepContext s) throws BrowserGymError {
    return s.element(a.string("bid"));
  }

  private static void fill(Args a, StepContext s) throws BrowserGymError {
    Locator elem = el(a, s);
    String value = a.string("value");
    double timeout = s.elementTimeout();
    if (!a.bool("enable_autocomplete_menu")) {
      elem.fill(value, new Locator.FillOptions().setTimeout(timeout));
      return;
    }
    // Typing the last character for real is what makes a page open its suggestions.
    elem.clear(new Locator.ClearOptions().setTimeout(timeout));
    if (value.length() > 1) {
      elem.fill(
          value.substring(0, value.length() - 1), new Locator.FillOptions().setTimeout(timeout));
    }
    if (!value.isEmpty()) {
      elem.pressSequentially(
          value.substring(value.length() - 1),
          new Locator.PressSequentiallyOptions().setTimeout(timeout));
    }
  }

  private static void dragAndDrop(Args a, StepContext s) throws BrowserGymError {
    s.element(a.string("from_bid"))
        .hover(new Locator.HoverOptions().setTimeout(s.elementTimeout()));
    s.page().mouse().down();
    s.element(a.string("to_bid")).hover(new Locator.HoverOptions().setTimeout(s.elementTimeout()));
    s.page().mouse().up();
  }

  private static void uploadFile(Args a, StepContext s) throws BrowserGymError {
    Locator elem = el(a, s);
    List<Path> files = new ArrayList<>();
    for (String file : a.strings("file")) {
      files.add(s.resolve(file));
    }
    FileChooser chooser =
        s.page()
            .waitForFileChooser(
                () -> elem.click(new Locator.ClickOptions().setTimeout(s.elementTimeout())));
    chooser.setFiles(files.toArray(Path[]::new));
  }

  static MouseButton button(Args a) throws BrowserGymError {
    return switch (a.string("button")) {
      case "left" -> MouseButton.LEFT;
      case "middle" -> MouseButton.MIDDLE;
      case "right" -> MouseButton.RIGHT;
      default ->
          throw new BrowserGymError(
              "ValueError",
              "button must be 'left', 'middle' or 'right', got "
                  + PythonRepr.repr(a.values().get("button")));
    };
  }

  private static List<KeyboardModifier> modifiers(Args a) throws BrowserGymError {
    List<KeyboardModifier> out = new ArrayList<>();
    for (String name : a.strings("modifiers")) {
      out.add(
          switch (name) {
            case "Alt" -> KeyboardModifier.ALT;
            case "Control" -> KeyboardModifier.CONTROL;
            case "ControlOrMeta" -> KeyboardModifier.CONTROLORMETA;
            case "Meta" -> KeyboardModifier.META;
            case "Shift" -> KeyboardModifier.SHIFT;
            default ->
                throw new BrowserGymError(
                    "ValueError", "unknown modifier " + PythonRepr.repr(name));
          });
    }
    return out;
  }
}
