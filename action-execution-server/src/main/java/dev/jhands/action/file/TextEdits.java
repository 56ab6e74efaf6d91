package dev.jhands.action.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The editor's {@code str_replace} and {@code insert}: edit, remember the old text, show a snippet.
 */
final class TextEdits {

  private final EditHistory history;

  TextEdits(EditHistory history) {
    this.history = history;
  }

  EditorResult strReplace(Path path, String oldStr, String newStr) throws ToolError {
    TextCodec.Decoded file = EditorFiles.read(path);
    String content = file.text();
    String newText = newStr == null ? "" : newStr;
    List<Integer> hits = occurrences(content, oldStr);
    if (hits.isEmpty()) {
      // Agents often add stray whitespace around the snippet: retry without it.
      oldStr = oldStr.strip();
      newText = newText.strip();
      hits = occurrences(content, oldStr);
      if (hits.isEmpty()) {
        throw new ToolError(
            "No replacement was performed, old_str `"
                + oldStr
                + "` did not appear verbatim in "
                + path
                + ".");
      }
    }
    if (hits.size() > 1) {
      TreeSet<Integer> lines = new TreeSet<>();
      int line = 1;
      int scanned = 0;
      for (int at : hits) {
        line += count(content.substring(scanned, at), '\n');
        scanned = at;
        lines.add(line);
      }
      throw new ToolError(
          "No replacement was performed. Multiple occurrences of old_str `"
              + oldStr
              + "` in lines "
              + ToolError.pythonRepr(new ArrayList<>(lines))
              + ". Please ensure it is unique.");
    }
    int at = hits.getFirst();
    String edited = content.substring(0, at) + newText + content.substring(at + oldStr.length());
    EditorFiles.write(path, edited, file.format());
    remember(path, content);

    int line = lineOf(content, at);
    int first = Math.max(0, line - EditorOutput.SNIPPET_CONTEXT);
    int last = line + EditorOutput.SNIPPET_CONTEXT + count(newText, '\n');
    String snippet = Lines.range(edited, first + 1, last);
    String output =
        "The file "
            + path
            + " has been edited. "
            + EditorOutput.catN(snippet, "a snippet of " + path, first + 1)
            + "Review the changes and make sure they are as expected. Edit the file again if"
            + " necessary.";
    return new EditorResult(output, content, edited);
  }

  EditorResult insert(Path path, int insertLine, String newStr) throws ToolError {
    TextCodec.Decoded file = EditorFiles.read(path);
    String content = file.text();
    List<String> lines = Lines.withEnds(content);
    int count = lines.size();
    if (insertLine < 0 || insertLine > count) {
      throw ToolError.invalid(
          "insert_line",
          insertLine,
          "It should be within the range of allowed values: "
              + ToolError.pythonRepr(List.of(0, count)));
    }
    List<String> inserted = Lines.split(newStr);
    StringBuilder edited = new StringBuilder(String.join("", lines.subList(0, insertLine)));
    // OHEditor glues text inserted after an unterminated last line onto it; end that line first.
    if (insertLine == count && count > 0 && !content.endsWith("\n")) {
      edited.append('\n');
    }
    inserted.forEach(line -> edited.append(line).append('\n'));
    edited.append(String.join("", lines.subList(insertLine, count)));
    String after = edited.toString();
    EditorFiles.write(path, after, file.format());
    remember(path, content);

    int first = Math.max(0, insertLine - EditorOutput.SNIPPET_CONTEXT);
    int last =
        Math.min(
            count + inserted.size(), insertLine + EditorOutput.SNIPPET_CONTEXT + inserted.size());
    String snippet = Lines.range(after, first + 1, last);
    String output =
        "The file "
            + path
            + " has been edited. "
            + EditorOutput.catN(
                snippet,
                "a snippet of the edited file",
                Math.max(1, insertLine - EditorOutput.SNIPPET_CONTEXT + 1))
            + "Review the changes and make sure they are as expected (correct indentation, no"
            + " duplicate lines, etc). Edit the file again if necessary.";
    return new EditorResult(output, content, after);
  }

  private void remember(Path path, String before) throws ToolError {
    try {
      history.push(path, new EditHistory.Snapshot(Optional.of(before)));
    } catch (IOException e) {
      throw new ToolError("Ran into " + PyErrors.describe(e) + " while saving the edit history");
    }
  }

  /** Where {@code needle} occurs, without overlaps, like Python's {@code re.finditer}. */
  static List<Integer> occurrences(String haystack, String needle) {
    List<Integer> hits = new ArrayList<>();
    if (needle.isEmpty()) {
      for (int i = 0; i <= haystack.length(); i++) {
        hits.add(i);
      }
      return hits;
    }
    for (int i = haystack.indexOf(needle);
        i >= 0;
        i = haystack.indexOf(needle, i + needle.length())) {
      hits.add(i);
    }
    return hits;
  }

  private static int lineOf(String text, int offset) {
    return count(text.substring(0, offset), '\n') + 1;
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(ch -> ch == c).count();
  }
}
