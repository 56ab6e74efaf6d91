package dev.jhands.action.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditorOutputTest {

  @Test
  void numbersLinesLikeCatN() {
    assertThat(EditorOutput.catN("import os\nx = 1\n", "/w/app.py", 1))
        .isEqualTo(
            "Here's the result of running `cat -n` on /w/app.py:\n"
                + "     1\timport os\n     2\tx = 1\n     3\t\n");
    assertThat(EditorOutput.catN("z", "d", 123456)).endsWith(":\n123456\tz\n");
    assertThat(EditorOutput.catN("", "d", 7)).endsWith(":\n     7\t\n");
  }

  @Test
  void clipsAtSixteenThousandCodePoints() {
    String exact = "x".repeat(16_000);
    assertThat(EditorOutput.clip(exact, "N")).isSameAs(exact);
    assertThat(EditorOutput.clip(exact + "y", "N")).isEqualTo(exact + "N");
    // Python counts code points: an emoji is one character, not two.
    String emoji = "\uD83D\uDE00".repeat(16_000);
    assertThat(EditorOutput.clip(emoji, "N")).isSameAs(emoji);
    assertThat(EditorOutput.clip(emoji + "z", "N")).isEqualTo(emoji + "N");
  }

  @Test
  void clippedFileEndsWithTheNoticeOnItsLastLine() {
    String text = ("0123456789\n").repeat(2000);
    String out = EditorOutput.catN(text, "f", 1);
    assertThat(out)
        .endsWith(
            "\t012345<response clipped><NOTE>Due to the max output limit, only part of this file"
                + " has been shown to you. You should retry this tool after you have searched"
                + " inside the file with `grep -n` in order to find the line numbers of what you"
                + " are looking for.</NOTE>\n");
    assertThat(out).contains("  1454\t0123456789\n  1455\t012345<response clipped>");
  }
}
