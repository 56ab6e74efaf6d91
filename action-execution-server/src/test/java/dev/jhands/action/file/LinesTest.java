package dev.jhands.action.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {

  private static final List<String> FIVE = List.of("a\n", "b\n", "c\n", "d\n", "e\n");

  @Test
  void readLinesFollowsOpenHands() {
    assertThat(Lines.read(FIVE, 0, -1)).isEqualTo(FIVE);
    assertThat(Lines.read(FIVE, 2, -1)).containsExactly("c\n", "d\n", "e\n");
    assertThat(Lines.read(FIVE, 1, 3)).containsExactly("b\n", "c\n");
    // A start past the end still shows the last lines: begin is capped at n - 2.
    assertThat(Lines.read(FIVE, 9, 10)).containsExactly("d\n", "e\n");
    // An end at or before start shows one line.
    assertThat(Lines.read(FIVE, 2, 1)).containsExactly("c\n");
    assertThat(Lines.read(List.of(), 0, 5)).isEmpty();
    assertThat(Lines.read(FIVE, -3, -1)).isEqualTo(FIVE);
  }

  @Test
  void insertLinesSplicesWithPythonSlices() {
    List<String> x = List.of("X");
    assertThat(Lines.insert(x, FIVE, 0, -1)).containsExactly("X\n");
    assertThat(Lines.insert(x, FIVE, 1, 3)).containsExactly("a\n", "X\n", "d\n", "e\n");
    assertThat(Lines.insert(x, FIVE, 2, -1)).containsExactly("a\n", "b\n", "X\n");
    assertThat(Lines.insert(x, FIVE, 0, 4)).containsExactly("X\n", "e\n");
    // Negative indexes count from the end, as in Python.
    assertThat(Lines.insert(x, FIVE, -1, -2))
        .containsExactly("a\n", "b\n", "c\n", "d\n", "X\n", "d\n", "e\n");
  }

  @Test
  void splitsLikePythonTextFiles() {
    assertThat(Lines.withEnds("a\nb")).containsExactly("a\n", "b");
    assertThat(Lines.withEnds("a\n")).containsExactly("a\n");
    assertThat(Lines.withEnds("")).isEmpty();
    assertThat(Lines.count("a\nb\n")).isEqualTo(2);
    assertThat(Lines.split("a\n")).containsExactly("a", "");
    assertThat(Lines.universal("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
    assertThat(Lines.dominantNewline("a\r\nb\r\nc\n")).isEqualTo("\r\n");
    assertThat(Lines.dominantNewline("a\nb")).isEqualTo("\n");
    assertThat(Lines.splitlinesJoined("a\n\nb\n")).isEqualTo("a\n\nb");
    assertThat(Lines.splitlinesJoined("a\u2028b\n")).isEqualTo("a\nb");
    assertThat(Lines.range("1\n2\n3\n4\n", 2, 3)).isEqualTo("2\n3\n");
    assertThat(Lines.range("1\n2\n", 0, 9)).isEqualTo("1\n2\n");
  }
}
