package dev.jhands.action.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The editor's {@code view} command: a file as {@code cat -n}, or a directory listing. */
final class EditorView {

  private EditorView() {}

  static String view(Path path, List<Integer> viewRange) throws ToolError {
    if (Files.isDirectory(path)) {
      if (viewRange != null && !viewRange.isEmpty()) {
        throw ToolError.invalid(
            "view_range",
            viewRange,
            "The `view_range` parameter is not allowed when `path` points to a directory.");
      }
      try {
        return DirectoryView.render(path);
      } catch (IOException e) {
        throw new ToolError(PyErrors.describe(e));
      }
    }
    EditorFiles.validate(path);
    if (EditorFiles.isSupportedBinary(path)) {
      // OHEditor converts these with markitdown; this server has no converter yet.
      throw new ToolError(
          "Error in converting file to Markdown: this runtime cannot convert "
              + EditorFiles.suffix(path)
              + " files. Please use Python code to read "
              + path);
    }
    String text = EditorFiles.read(path).text();
    if (viewRange == null || viewRange.isEmpty()) {
      return EditorOutput.catN(text, path.toString(), 1);
    }
    return range(path, text, viewRange);
  }

  private static String range(Path path, String text, List<Integer> viewRange) throws ToolError {
    if (viewRange.size() != 2 || viewRange.stream().anyMatch(Objects::isNull)) {
      throw ToolError.invalid("view_range", viewRange, "It should be a list of two integers.");
    }
    int lines = Lines.count(text);
    int start = viewRange.get(0);
    int end = viewRange.get(1);
    if (start < 1 || start > lines) {
      throw ToolError.invalid(
          "view_range",
          viewRange,
          "Its first element `"
              + start
              + "` should be within the range of lines of the file: "
              + ToolError.pythonRepr(List.of(1, lines))
              + ".");
    }
    String warning = null;
    if (end == -1) {
      end = lines;
    } else if (end > lines) {
      warning =
          "We only show up to " + lines + " since there're only " + lines + " lines in this file.";
      end = lines;
    }
    if (end < start) {
      throw ToolError.invalid(
          "view_range",
          viewRange,
          "Its second element `"
              + end
              + "` should be greater than or equal to the first element `"
              + start
              + "`.");
    }
    String content = Lines.splitlinesJoined(Lines.range(text, start, end));
    String output = EditorOutput.catN(content, path.toString(), start);
    return warning == null ? output : "NOTE: " + warning + "\n" + output;
  }
}
