package dev.jhands.action.file;

import java.util.List;
import java.util.Locale;

/** OHEditor's output texts: {@code cat -n} listings and the clipping of long responses. */
final class EditorOutput {

  /** OHEditor clips at 16,000 characters (Python counts code points). */
  static final int MAX_CHARS = 16_000;

  /** The lines shown before and after an edit. */
  static final int SNIPPET_CONTEXT = 4;

  static final String FILE_CLIPPED =
      "<response clipped><NOTE>Due to the max output limit, only part of this file has been"
          + " shown to you. You should retry this tool after you have searched inside the file"
          + " with `grep -n` in order to find the line numbers of what you are looking for.</NOTE>";

  static final String DIRECTORY_CLIPPED =
      "<response clipped><NOTE>Due to the max output limit, only part of this directory has been"
          + " shown to you. You should use `ls -la` instead to view large directories"
          + " incrementally.</NOTE>";

  private EditorOutput() {}

  /** The text cut to {@link #MAX_CHARS} code points with the notice appended, if longer. */
  static String clip(String text, String notice) {
    if (text.length() <= MAX_CHARS || text.codePointCount(0, text.length()) <= MAX_CHARS) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_CHARS)) + notice;
  }

  /**
   * "Here's the result of running `cat -n` on DESCRIPTION:" and the clipped content numbered from
   * {@code firstLine}: the number right-aligned in six columns, a tab, the line. Every {@code \n}
   * starts a numbered line, so content ending in one shows an empty last line, as OHEditor does.
   */
  static String catN(String content, String description, int firstLine) {
    List<String> lines = Lines.split(clip(content, FILE_CLIPPED));
    StringBuilder out =
        new StringBuilder("Here's the result of running `cat -n` on ")
            .append(description)
            .append(":\n");
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(String.format(Locale.ROOT, "%6d", firstLine + i))
          .append('\t')
          .append(lines.get(i));
    }
    return out.append('\n').toString();
  }
}
