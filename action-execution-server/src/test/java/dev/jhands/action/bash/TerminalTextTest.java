package dev.jhands.action.bash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

  private final List<String> whole = new ArrayList<>();
  private final StringBuilder fresh = new StringBuilder();
  private final TerminalText terminal =
      new TerminalText(
          new TerminalText.Lines() {
            @Override
            public void line(CharSequence line, int from) {
              whole.add(line.toString());
              fresh.append(line, from, line.length()).append('\n');
            }

            @Override
            public void piece(CharSequence line, int from) {
              fresh.append(line, from, line.length());
            }
          });

  @Test
  void linesEndAtNewlinesWithCarriageReturnsGone() {
    terminal.write("one\r\ntwo\r\r\n\r\nthree");
    assertThat(whole).containsExactly("one", "two", "");
    assertThat(terminal.pendingLine()).isEqualTo("three");
  }

  @Test
  void carriageReturnOverwritesAsAScreenWould() {
    terminal.write("progress 10%\rprogress 100%\nabcdef\rXY\n");
    assertThat(whole).containsExactly("progress 100%", "XYcdef");
  }

  @Test
  void escapeSequencesVanish() {
    terminal.write("\u001b[?2004h\u001b[1;31mred\u001b[0m \u001b]0;title\u0007plain\u001b(B\n");
    terminal.write("\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\\n");
    assertThat(whole).containsExactly("red plain", "link");
  }

  @Test
  void eraseAndCursorMovesChangeTheLine() {
    terminal.write("downloading 50%\r\u001b[Kdone\n");
    terminal.write("abc\b\bX\n");
    terminal.write("12345\u001b[3G\u001b[0Kxy\n");
    terminal.write("tab\tstays\u0007\n");
    assertThat(whole).containsExactly("done", "aXc", "12xy", "tab\tstays");
  }

  @Test
  void partialLinesAreHandedOnOnce() {
    terminal.write("Name: ");
    assertThat(terminal.takePartial()).isEqualTo("Name: ");
    assertThat(terminal.takePartial()).isEmpty();
    terminal.write("bob\nnext\n");
    assertThat(fresh.toString()).isEqualTo("bob\nnext\n");
    assertThat(whole).containsExactly("Name: bob", "next");
  }

  @Test
  void aRewrittenPartialLineIsShownWhole() {
    terminal.write("10%");
    assertThat(terminal.takePartial()).isEqualTo("10%");
    terminal.write("\r100%\n");
    assertThat(fresh.toString()).isEqualTo("100%\n");
  }

  @Test
  void aVeryLongLineIsHandedOnInPieces() {
    String line = "x".repeat(TerminalText.LINE_LIMIT * 3 + 5);
    terminal.write(line);
    assertThat(terminal.pendingLine().length()).isLessThan(TerminalText.LINE_LIMIT);
    terminal.write("\n");
    assertThat(fresh.toString()).isEqualTo(line + "\n");
  }
}
