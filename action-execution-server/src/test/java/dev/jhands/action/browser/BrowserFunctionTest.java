package dev.jhands.action.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrowserFunctionTest {

  private static Args bind(String source) throws BrowserGymError {
    BrowserCall call = ActionParser.parse(source).getFirst();
    return BrowserFunctions.get(call.name()).bind(call);
  }

  private static String error(String source) {
    try {
      bind(source);
    } catch (BrowserGymError e) {
      return e.describe();
    }
    throw new AssertionError("bound: " + source);
  }

  @Test
  void bindsPositionalKeywordAndDefaultArguments() throws BrowserGymError {
    Args args = bind("click('12', modifiers=['Shift'])");
    assertThat(args.string("bid")).isEqualTo("12");
    assertThat(args.string("button")).isEqualTo("left");
    assertThat(args.strings("modifiers")).containsExactly("Shift");
    assertThat(bind("noop()").number("wait_ms")).isEqualTo(1000);
    assertThat(bind("select_option('3', 'blue')").strings("options")).isEqualTo(List.of("blue"));
  }

  @Test
  void acceptsANumberAsABid() throws BrowserGymError {
    assertThat(bind("click(12)").string("bid")).isEqualTo("12");
  }

  @Test
  void wordsBindingErrorsAsPython() {
    assertThat(error("frobnicate('1')")).isEqualTo("NameError: name 'frobnicate' is not defined");
    assertThat(error("click()"))
        .isEqualTo("TypeError: click() missing 1 required positional argument: 'bid'");
    assertThat(error("click('1', colour='red')"))
        .isEqualTo("TypeError: click() got an unexpected keyword argument 'colour'");
    assertThat(error("click('1', bid='2')"))
        .isEqualTo("TypeError: click() got multiple values for argument 'bid'");
    assertThat(error("go_back(1)"))
        .isEqualTo("TypeError: go_back() takes 0 positional arguments but 1 were given");
  }

  @Test
  void checksArgumentTypes() throws BrowserGymError {
    Args args = bind("scroll('down', 100)");
    assertThatThrownBy(() -> args.number("delta_x"))
        .isInstanceOf(BrowserGymError.class)
        .hasMessage("scroll(): expected a number for 'delta_x', got 'down'");
  }
}
