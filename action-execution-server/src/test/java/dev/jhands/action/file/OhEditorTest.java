package dev.jhands.action.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's texts and arithmetic on real files, without the server. */
class OhEditorTest {

  @TempDir Path root;
  private OhEditor editor;

  @BeforeEach
  void setUp() throws Exception {
    editor =
        new OhEditor(
            root,
            new EditHistory(Files.createDirectory(root.resolve(".history"))),
            new NewFileOwnership(Optional.empty()));
  }

  private String run(
      String command, Path path, String fileText, String oldStr, String newStr, Integer line)
      throws ToolError {
    return editor
        .run(new EditorRequest(command, path.toString(), fileText, null, oldStr, newStr, line))
        .output();
  }

  private static String numbered(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> "line" + i + "\n")
        .collect(Collectors.joining());
  }

  @Test
  // OHEditor's window: from 3 lines before the edited line (its start index is 0-based, its read
  // 1-based) to 4 after the new text, and a content ending in a newline shows one empty line.
  void strReplaceShowsTheLinesAroundTheEdit() throws Exception {
    Path file = Files.writeString(root.resolve("f.txt"), numbered(1, 20));
    String out = run("str_replace", file, null, "line10\n", "ten\nTEN\n", null);
    assertThat(out)
        .isEqualTo(
            "The file "
                + file
                + " has been edited. Here's the result of running `cat -n` on a snippet of "
                + file
                + ":\n"
                + "     7\tline7\n"
                + "     8\tline8\n"
                + "     9\tline9\n"
                + "    10\tten\n"
                + "    11\tTEN\n"
                + "    12\tline11\n"
                + "    13\tline12\n"
                + "    14\tline13\n"
                + "    15\tline14\n"
                + "    16\tline15\n"
                + "    17\t\n"
                + "Review the changes and make sure they are as expected. Edit the file again if"
                + " necessary.");
  }

  @Test
  void strReplaceRetriesWithoutSurroundingWhitespace() throws Exception {
    Path file = Files.writeString(root.resolve("f.txt"), "a = 1\n");
    run("str_replace", file, null, "  a = 1  \n\n", "  a = 2 ", null);
    assertThat(file).hasContent("a = 2\n");
  }

  @Test
  void insertShowsASnippetAndTerminatesAnUnterminatedLastLine() throws Exception {
    Path file = Files.writeString(root.resolve("f.txt"), "a\nb");
    String out = run("insert", file, null, null, "c", 2);
    assertThat(file).hasContent("a\nb\nc\n");
    assertThat(out)
        .isEqualTo(
            "The file "
                + file
                + " has been edited. Here's the result of running `cat -n` on a snippet of the"
                + " edited file:\n     1\ta\n     2\tb\n     3\tc\n     4\t\nReview the changes and"
                + " make sure they are as expected (correct indentation, no duplicate lines, etc)."
                + " Edit the file again if necessary.");
  }

  @Test
  void insertSnippetStartsFourLinesBefore() throws Exception {
    Path file = Files.writeString(root.resolve("f.txt"), numbered(1, 20));
    String out = run("insert", file, null, null, "new", 10);
    assertThat(out)
        .contains(":\n     7\tline7\n")
        .contains("    11\tnew\n")
        .contains("    15\tline14\n    16\t\nReview");
  }

  @Test
  void viewRangeClampsTheEndWithANote() throws Exception {
    Path file = Files.writeString(root.resolve("f.txt"), "a\nb\nc\n");
    String out = editor.run(EditorRequest.view(file.toString(), List.of(2, 9))).output();
    assertThat(out)
        .isEqualTo(
            "NOTE: We only show up to 3 since there're only 3 lines in this file.\n"
                + "Here's the result of running `cat -n` on "
                + file
                + ":\n     2\tb\n     3\tc\n");
    assertThat(editor.run(EditorRequest.view(file.toString(), List.of(2, -1))).output())
        .endsWith(":\n     2\tb\n     3\tc\n");
  }

  @Test
  void directoryViewListsTwoLevelsWithoutHiddenEntries() throws Exception {
    Path dir = Files.createDirectories(root.resolve("d"));
    Files.createDirectories(dir.resolve("src/deep/deeper"));
    Files.writeString(dir.resolve("src/Main.java"), "");
    Files.writeString(dir.resolve("src/.hidden"), "");
    Files.writeString(dir.resolve("README.md"), "");
    Files.createDirectories(dir.resolve(".git/objects"));
    Files.writeString(dir.resolve(".env"), "");
    String out = editor.run(EditorRequest.view(dir.toString(), null)).output();
    assertThat(out)
        .isEqualTo(
            "Here's the files and directories up to 2 levels deep in "
                + dir
                + ", excluding hidden items:\n"
                + dir
                + "/\n"
                + dir
                + "/README.md\n"
                + dir
                + "/src/\n"
                + dir
                + "/src/Main.java\n"
                + dir
                + "/src/deep/\n\n"
                + "2 hidden files/directories in this directory are excluded. You can use 'ls -la "
                + dir
                + "' to see them.");
  }

  @Test
  void undoRestoresEachEarlierTextAndUndoingCreateRemovesTheFile() throws Exception {
    Path file = root.resolve("new.txt");
    run("create", file, "one\n", null, null, null);
    run("str_replace", file, null, "one", "two", null);
    run("insert", file, null, null, "three", 1);
    assertThat(file).hasContent("two\nthree\n");
    assertThat(run("undo_edit", file, null, null, null, null))
        .isEqualTo(
            "Last edit to "
                + file
                + " undone successfully. Here's the result of running `cat -n` on "
                + file
                + ":\n     1\ttwo\n     2\t\n");
    run("undo_edit", file, null, null, null, null);
    assertThat(file).hasContent("one\n");
    assertThat(run("undo_edit", file, null, null, null, null))
        .isEqualTo(
            "Last edit to "
                + file
                + " undone successfully. The file did not exist before it was"
                + " created, so it has been removed.");
    assertThat(file).doesNotExist();
  }

  @Test
  void createWritesTheTextVerbatimAndNeedsAnExistingParent() throws Exception {
    Path file = root.resolve("c.txt");
    assertThat(run("create", file, "no newline", null, null, null))
        .isEqualTo("File created successfully at: " + file);
    assertThat(file).hasContent("no newline");
    assertThat(Files.getPosixFilePermissions(file)).hasSize(5); // rw-rw-r--
    Path orphan = root.resolve("missing/c.txt");
    assertThatThrownBy(() -> run("create", orphan, "x", null, null, null))
        .hasMessage(
            "Ran into [Errno 2] No such file or directory: '"
                + orphan
                + "' while trying to write to "
                + orphan);
  }

  @Test
  void pathsPrintAsPythonPrintsThem() throws Exception {
    assertThat(EditorPaths.pythonPath("/a/./b//c/")).isEqualTo(Path.of("/a/b/c"));
    assertThat(EditorPaths.pythonPath("")).isEqualTo(Path.of("."));
    assertThat(EditorPaths.pythonPath("x/../y")).hasToString("x/../y");
  }
}
