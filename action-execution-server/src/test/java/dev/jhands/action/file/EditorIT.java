package dev.jhands.action.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code edit} actions over HTTP: the contract's example, every editor command and its texts. */
@QuarkusTest
class EditorIT {

  private static Path dir;

  @BeforeAll
  static void createDirectory() {
    dir = Sandbox.directoryFor(EditorIT.class);
  }

  @AfterAll
  static void removeDirectory() throws Exception {
    Sandbox.delete(dir);
  }

  static JsonNode edit(String command, Object path, Object... args) {
    ObjectNode action = Sandbox.action("edit");
    ObjectNode values = (ObjectNode) action.get("args");
    values.put("path", path.toString()).put("command", command);
    for (int i = 0; i < args.length; i += 2) {
      values.set((String) args[i], Sandbox.JSON.valueToTree(args[i + 1]));
    }
    return Sandbox.execute(action);
  }

  static String content(JsonNode observation) {
    return observation.get("content").asText();
  }

  private static void assertError(JsonNode observation, String message) {
    assertThat(observation.get("observation").asText()).isEqualTo("edit");
    assertThat(content(observation)).isEqualTo("ERROR:\n" + message);
    assertThat(observation.at("/extras/diff").asText()).isEmpty();
  }

  @Test
  void contractStrReplaceExampleAnswersExactly() throws Exception {
    Path file = Files.writeString(dir.resolve("app.py"), "import os\nx = 1\n");
    String request =
        """
        {"action": "edit", "args": {"path": "%s", "command": "str_replace", "file_text": null,
          "old_str": "x = 1", "new_str": "x = 2", "insert_line": null, "content": "", "start": 1, "end": -1,
          "thought": "", "security_risk": -1, "impl_source": "oh_aci"}, "timeout": 120.0}
        """
            .formatted(file);
    String expected =
        """
        {"message": "I edited the file %1$s.", "observation": "edit",
         "content": "The file %1$s has been edited. Here's the result of running `cat -n` on a snippet of %1$s:\\n     1\\timport os\\n     2\\tx = 2\\n     3\\t\\nReview the changes and make sure they are as expected. Edit the file again if necessary.",
         "extras": {"path": "%1$s", "prev_exist": false, "old_content": "x = 1", "new_content": "x = 2",
           "impl_source": "oh_aci", "diff": "--- %1$s\\n+++ %1$s\\n@@ -2 +2 @@\\n-x = 1\\n+x = 2",
           "_diff_cache": null}}
        """
            .formatted(file);
    assertThat(Sandbox.execute(request)).isEqualTo(Sandbox.json(expected));
    assertThat(file).hasContent("import os\nx = 2\n");
  }

  @Test
  void createViewAndUndo() throws Exception {
    Path file = dir.resolve("created.txt");
    JsonNode created = edit("create", file, "file_text", "hello");
    assertThat(content(created)).isEqualTo("File created successfully at: " + file);
    assertThat(created.at("/extras/old_content").isNull()).isTrue();
    assertThat(created.at("/extras/new_content").isNull()).isTrue();
    assertThat(created.at("/extras/diff").asText())
        .isEqualTo("--- " + file + "\n+++ " + file + "\n@@ -1 +1 @@\n-\n+hello");
    assertThat(file).hasContent("hello");

    JsonNode viewed = edit("view", file);
    assertThat(content(viewed))
        .isEqualTo("Here's the result of running `cat -n` on " + file + ":\n     1\thello\n");
    assertThat(viewed.at("/extras/diff").asText()).isEmpty();

    assertError(
        edit("create", file, "file_text", "again"),
        "Invalid `path` parameter: "
            + file
            + ". File already exists at: "
            + file
            + ". Cannot overwrite files using command `create`.");

    // Undoing the create restores the state before it: no file.
    JsonNode undone = edit("undo_edit", file);
    assertThat(content(undone)).startsWith("Last edit to " + file + " undone successfully.");
    assertThat(file).doesNotExist();
  }

  @Test
  void insertAddsLinesAfterTheGivenOne() throws Exception {
    Path file = Files.writeString(dir.resolve("insert.txt"), "a\nb\n");
    JsonNode inserted = edit("insert", file, "insert_line", 1, "new_str", "X\nY");
    assertThat(file).hasContent("a\nX\nY\nb\n");
    assertThat(content(inserted))
        .isEqualTo(
            "The file "
                + file
                + " has been edited. Here's the result of running `cat -n` on a snippet of the"
                + " edited file:\n     1\ta\n     2\tX\n     3\tY\n     4\tb\n     5\t\nReview the"
                + " changes and make sure they are as expected (correct indentation, no duplicate"
                + " lines, etc). Edit the file again if necessary.");
    assertThat(inserted.at("/extras/diff").asText())
        .isEqualTo("--- " + file + "\n+++ " + file + "\n@@ -1,0 +2,2 @@\n+X\n+Y");
    assertThat(inserted.at("/extras/new_content").asText()).isEqualTo("X\nY");
    // A numeric string is accepted for insert_line, as OpenHands converts it.
    edit("insert", file, "insert_line", "0", "new_str", "top");
    assertThat(file).hasContent("top\na\nX\nY\nb\n");
  }

  @Test
  void strReplaceWithoutNewStrDeletes() throws Exception {
    Path file = Files.writeString(dir.resolve("delete.txt"), "keep\ndrop\n");
    edit("str_replace", file, "old_str", "drop\n");
    assertThat(file).hasContent("keep\n");
  }

  @Test
  void tenUndoStepsPerFile() throws Exception {
    Path file = Files.writeString(dir.resolve("undo.txt"), "v0");
    for (int i = 1; i <= 11; i++) {
      edit("str_replace", file, "old_str", "v" + (i - 1), "new_str", "v" + i);
    }
    for (int i = 10; i >= 1; i--) {
      JsonNode undone = edit("undo_edit", file);
      assertThat(content(undone)).endsWith(":\n     1\tv" + i + "\n");
      assertThat(undone.at("/extras/diff").asText()).endsWith("-v" + (i + 1) + "\n+v" + i);
    }
    assertError(edit("undo_edit", file), "No edit history found for " + file + ".");
    assertThat(file).hasContent("v1");
  }

  @Test
  void everyPathErrorText() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve("there.txt"), "x");
    Path missing = dir.resolve("missing.txt");
    String relative = dir.getFileName() + "/sub/there.txt";

    assertError(
        edit("view", "nowhere/at/all.txt"),
        "Invalid `path` parameter: nowhere/at/all.txt. The path should be an absolute path,"
            + " starting with `/`.");
    assertError(
        edit("view", relative),
        "Invalid `path` parameter: "
            + relative
            + ". The path should be an absolute path, starting with `/`. Maybe you meant "
            + Sandbox.workspaceRoot().resolve(relative)
            + "?");
    assertError(
        edit("str_replace", missing, "old_str", "a"),
        "Invalid `path` parameter: "
            + missing
            + ". The path "
            + missing
            + " does not exist. Please provide a valid path.");
    assertError(
        edit("insert", sub, "insert_line", 0, "new_str", "x"),
        "Invalid `path` parameter: "
            + sub
            + ". The path "
            + sub
            + " is a directory and only the `view` command can be used on directories.");
    Path pdf = Files.writeString(dir.resolve("doc.pdf"), "%PDF-1.4");
    assertError(
        edit("str_replace", pdf, "old_str", "a"),
        "Invalid `path` parameter: "
            + pdf
            + ". The path "
            + pdf
            + " points to a binary file (.pdf) and only the `view` command can be used on"
            + " supported binary files.");
    // The editor would show these as Markdown; without a converter it says so in its own words.
    assertError(
        edit("view", pdf),
        "Error in converting file to Markdown: this runtime cannot convert .pdf files. Please use"
            + " Python code to read "
            + pdf);
    Path orphan = dir.resolve("no/such/dir/f.txt");
    assertError(
        edit("create", orphan, "file_text", "x"),
        "Ran into [Errno 2] No such file or directory: '"
            + orphan
            + "' while trying to write to "
            + orphan);
  }

  @Test
  void everyParameterErrorText() throws Exception {
    Path file = Files.writeString(dir.resolve("params.txt"), "a\nb\na\n");
    assertError(
        edit("create", dir.resolve("never.txt")),
        "Parameter `file_text` is required for command: create.");
    assertError(
        edit("str_replace", file), "Parameter `old_str` is required for command: str_replace.");
    assertError(
        edit("str_replace", file, "old_str", "b", "new_str", "b"),
        "Invalid `new_str` parameter: b. No replacement was performed. `new_str` and `old_str`"
            + " must be different.");
    assertError(
        edit("str_replace", file, "old_str", "  zzz "),
        "No replacement was performed, old_str `zzz` did not appear verbatim in " + file + ".");
    assertError(
        edit("str_replace", file, "old_str", "a", "new_str", "c"),
        "No replacement was performed. Multiple occurrences of old_str `a` in lines [1, 3]. Please"
            + " ensure it is unique.");
    assertError(
        edit("insert", file, "new_str", "x"),
        "Parameter `insert_line` is required for command: insert.");
    assertError(
        edit("insert", file, "insert_line", 1),
        "Parameter `new_str` is required for command: insert.");
    assertError(
        edit("insert", file, "insert_line", 4, "new_str", "x"),
        "Invalid `insert_line` parameter: 4. It should be within the range of allowed values: [0,"
            + " 3]");
    assertError(
        edit("frob", file),
        "Unrecognized command frob. The allowed commands for the oh_editor tool are: view, create,"
            + " str_replace, insert, undo_edit");
    assertError(edit("undo_edit", file), "No edit history found for " + file + ".");
    assertThat(file).hasContent("a\nb\na\n");
  }

  @Test
  void tooLargeAndBinaryFilesAreRefused() throws Exception {
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[10 * 1024 * 1024 + 1]);
    assertError(
        edit("view", big),
        "File validation failed for "
            + big
            + ": File is too large (10.0MB). Maximum allowed size is 10MB.");
    Files.delete(big);
    Path binary = Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 7});
    assertError(
        edit("str_replace", binary, "old_str", "a", "new_str", "b"),
        "File validation failed for "
            + binary
            + ": File appears to be binary and this file type cannot be read or edited by this"
            + " tool.");
  }

  @Test
  void aLegacyEncodingAndCrlfAreKept() throws Exception {
    Charset latin = Charset.forName("windows-1252");
    String text = (TextCodecTest.FRENCH.repeat(3) + "Joyeux Noël !\n").replace("\n", "\r\n");
    Path file = Files.write(dir.resolve("latin.txt"), text.getBytes(latin));
    JsonNode edited = edit("str_replace", file, "old_str", "Noël", "new_str", "Noël à Paris");
    assertThat(content(edited)).contains("\tJoyeux Noël à Paris !\n");
    assertThat(new String(Files.readAllBytes(file), latin))
        .isEqualTo(text.replace("Noël", "Noël à Paris"));
    // The plain read insists on UTF-8; the editor read it in its own encoding.
    assertThat(content(FileReadIT.read(file.toString())))
        .isEqualTo("File could not be decoded as utf-8: " + file + ".");
    edit("undo_edit", file);
    assertThat(Files.readAllBytes(file)).isEqualTo(text.getBytes(latin));
  }

  @Test
  void directoryViewThroughEdit() throws Exception {
    Path top = dir.resolve("tree");
    Files.createDirectories(top.resolve("inner"));
    Files.writeString(top.resolve("inner/f.txt"), "");
    Files.writeString(top.resolve(".hidden"), "");
    assertThat(content(edit("view", top)))
        .isEqualTo(
            "Here's the files and directories up to 2 levels deep in "
                + top
                + ", excluding hidden items:\n"
                + top
                + "/\n"
                + top
                + "/inner/\n"
                + top
                + "/inner/f.txt\n\n1 hidden files/directories in this directory are excluded."
                + " You can use 'ls -la "
                + top
                + "' to see them.");
  }

  @Test
  void badRequestsAreRefusedWithA400() {
    Sandbox.post(
            "{\"action\": \"edit\", \"args\": {\"path\": \"/x\", \"command\": \"view\","
                + " \"impl_source\": \"llm_based_edit\"}}")
        .statusCode(400)
        .body("detail", containsString("llm_based_edit"));
    Sandbox.post(
            "{\"action\": \"edit\", \"args\": {\"path\": \"/x\", \"command\": \"insert\","
                + " \"insert_line\": \"x\", \"new_str\": \"y\"}}")
        .statusCode(400)
        .body("detail", containsString("not a valid `java.lang.Integer` value"));
  }
}
