package dev.jhands.action.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionParserTest {

  private static BrowserCall only(String source) throws BrowserGymError {
    List<BrowserCall> calls = ActionParser.parse(source);
    assertThat(calls).hasSize(1);
    return calls.getFirst();
  }

  private static String syntaxError(String source) {
    try {
      ActionParser.parse(source);
    } catch (BrowserGymError e) {
      return e.describe();
    }
    throw new AssertionError("parsed: " + source);
  }

  @Test
  void readsTheCallsOfTheBrowserToolDescription() throws BrowserGymError {
    List<BrowserCall> calls =
        ActionParser.parse(
            """
            fill('a12', 'example with "quotes"')
            click('a51')
            click('48', button='middle', modifiers=['Shift'])
            """);
    assertThat(calls).extracting(BrowserCall::name).containsExactly("fill", "click", "click");
    assertThat(calls.get(0).args()).containsExactly("a12", "example with \"quotes\"");
    assertThat(calls.get(2).args()).containsExactly("48");
    assertThat(calls.get(2).kwargs())
        .isEqualTo(Map.of("button", "middle", "modifiers", List.of("Shift")));
    assertThat(calls.get(2).line()).isEqualTo(3);
  }

  @Test
  void readsPythonStrings() throws BrowserGymError {
    assertThat(only("fill('45', 'multi-line\\nexample')").args().get(1))
        .isEqualTo("multi-line\nexample");
    assertThat(only("fill('1', \"it's \\\"so\\\"\")").args().get(1)).isEqualTo("it's \"so\"");
    assertThat(only("send_msg_to_user(\"\"\"Done: \"quoted\"\nand more\"\"\")").args())
        .containsExactly("Done: \"quoted\"\nand more");
    assertThat(only("fill('1', r'\\d+')").args().get(1)).isEqualTo("\\d+");
    assertThat(only("fill('1', 'caf\\xe9 \\u2603 \\U0001F600')").args().get(1))
        .isEqualTo("café ☃ 😀");
    assertThat(only("fill('1', 'a' \"b\")").args().get(1)).isEqualTo("ab");
    assertThat(only("fill('1', 'keep \\q')").args().get(1)).isEqualTo("keep \\q");
  }

  @Test
  void readsNumbersAndConstants() throws BrowserGymError {
    assertThat(only("scroll(-50.2, -100.5)").args()).containsExactly(-50.2, -100.5);
    assertThat(only("scroll(0, 200)").args()).containsExactly(0L, 200L);
    assertThat(only("noop(1e3)").args()).containsExactly(1000.0);
    assertThat(only("f(True, False, None, (1, 2))").args())
        .containsExactly(true, false, null, List.of(1L, 2L));
  }

  @Test
  void separatesCallsByNewLinesAndSemicolonsAndSkipsComments() throws BrowserGymError {
    List<BrowserCall> calls =
        ActionParser.parse("# first the name\nfill('1', 'x')  # type it\n\n click('2'); noop()\n");
    assertThat(calls).extracting(BrowserCall::name).containsExactly("fill", "click", "noop");
  }

  @Test
  void argumentsMaySpanLines() throws BrowserGymError {
    BrowserCall call = only("click(\n  '48',\n  button='right',\n)");
    assertThat(call.args()).containsExactly("48");
    assertThat(call.kwargs()).containsEntry("button", "right");
  }

  @Test
  void refusesWhatIsNotACallOfLiterals() {
    assertThat(syntaxError("click(\"12\""))
        .startsWith("SyntaxError: expected ',' or ')'")
        .contains("end of input");
    assertThat(syntaxError("page.keyboard.press('Enter')")).contains("only BrowserGym functions");
    assertThat(syntaxError("click(bid)")).contains("'bid' is not a literal");
    assertThat(syntaxError("click(__import__('os'))")).contains("is not a literal");
    assertThat(syntaxError("click(button='left', '12')"))
        .contains("positional argument follows keyword");
    assertThat(syntaxError("fill('1', 'open)")).contains("unterminated string literal");
    assertThat(syntaxError("click('1') click('2')")).contains("expected a new line or ';'");
    assertThat(syntaxError("x = 1")).contains("expected '('");
    assertThat(syntaxError("click('1', button='a', button='b')"))
        .contains("keyword argument repeated");
  }
}
