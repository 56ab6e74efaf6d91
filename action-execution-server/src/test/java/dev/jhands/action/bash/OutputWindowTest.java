package dev.jhands.action.bash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jhands.action.execute.PythonStrings;
import org.junit.jupiter.api.Test;

class OutputWindowTest {

  private static final String NOTICE = OutputWindow.TRUNCATION_NOTICE;

  // What OpenHands does with the whole output: rstrip, then cut the middle.
  private static String reference(String output, int budget) {
    String content = PythonStrings.rstrip(output);
    int length = content.codePointCount(0, content.length());
    if (length <= budget) {
      return content;
    }
    int half = budget / 2;
    return content.substring(0, content.offsetByCodePoints(0, half))
        + NOTICE
        + content.substring(content.offsetByCodePoints(content.length(), -half));
  }

  private static String window(String output, int budget, int chunk) {
    OutputWindow window = new OutputWindow(budget);
    for (int i = 0; i < output.length(); i += chunk) {
      window.append(output.substring(i, Math.min(output.length(), i + chunk)));
    }
    return window.text();
  }

  @Test
  void shortOutputIsRightStrippedOnly() {
    assertThat(window("  a\n b \n\n\t \n", 100, 3)).isEqualTo("  a\n b");
    assertThat(new OutputWindow(100).text()).isEmpty();
    assertThat(new OutputWindow(100).isEmpty()).isTrue();
  }

  @Test
  void outputOfExactlyTheBudgetIsKept() {
    String output = "x".repeat(100);
    assertThat(window(output, 100, 7)).isEqualTo(output);
    assertThat(window(output + "y", 100, 7))
        .isEqualTo("x".repeat(50) + NOTICE + "x".repeat(49) + "y");
  }

  @Test
  void longOutputIsCutInTheMiddleAsOpenHandsCutsIt() {
    StringBuilder output = new StringBuilder();
    for (int i = 1; i <= 20_000; i++) {
      output.append(i).append('\n');
    }
    String expected = reference(output.toString(), 30_000);
    assertThat(window(output.toString(), 30_000, 4096)).isEqualTo(expected);
    assertThat(expected).startsWith("1\n2\n3\n").endsWith("\n20000").contains(NOTICE);
  }

  @Test
  void manyMegabytesKeepOnlyTheWindows() {
    OutputWindow window = new OutputWindow(30_000);
    String chunk = "0123456789".repeat(1000) + "\n";
    StringBuilder whole = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      window.append(chunk);
      if (i < 3 || i > 996) {
        whole.append(chunk);
      }
    }
    assertThat(window.retained()).isLessThanOrEqualTo(30_000 + 4096);
    String text = window.text();
    assertThat(text).hasSize(30_000 + NOTICE.length());
    assertThat(text.substring(0, 15_000)).isEqualTo(whole.substring(0, 15_000));
    String tail = PythonStrings.rstrip(whole.toString());
    assertThat(text).endsWith(tail.substring(tail.length() - 15_000));
  }

  @Test
  void countsCodePointsAndNeverSplitsThem() {
    String output = "😀".repeat(150);
    String text = window(output, 100, 1);
    assertThat(text).isEqualTo(reference(output, 100));
    assertThat(text).isEqualTo("😀".repeat(50) + NOTICE + "😀".repeat(50));
  }

  @Test
  void trailingWhitespaceAfterACutIsStrippedFromTheTail() {
    String output = "a".repeat(300) + "b".repeat(10) + "\n\n   \n";
    assertThat(window(output, 100, 13)).isEqualTo(reference(output, 100));
  }

  @Test
  void windowsJoin() {
    OutputWindow first = new OutputWindow(100);
    first.append("one\n");
    OutputWindow second = new OutputWindow(100);
    second.append("two\n");
    first.append(second);
    assertThat(first.text()).isEqualTo("one\ntwo");
  }
}
