package dev.jhands.action.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code read} actions over HTTP: the server's own read and the editor's view. */
@QuarkusTest
class FileReadIT {

  private static Path dir;

  @BeforeAll
  static void createDirectory() {
    dir = Sandbox.directoryFor(FileReadIT.class);
  }

  @AfterAll
  static void removeDirectory() throws Exception {
    Sandbox.delete(dir);
  }

  static JsonNode read(String path, Object... args) {
    ObjectNode action = Sandbox.action("read");
    ObjectNode values = ((ObjectNode) action.get("args")).put("path", path);
    for (int i = 0; i < args.length; i += 2) {
      values.set((String) args[i], Sandbox.JSON.valueToTree(args[i + 1]));
    }
    return Sandbox.execute(action);
  }

  private static void assertError(JsonNode observation, String content) {
    assertThat(observation)
        .isEqualTo(
            Sandbox.JSON
                .createObjectNode()
                .put("message", content)
                .put("observation", "error")
                .put("content", content)
                .set("extras", Sandbox.JSON.createObjectNode().put("error_id", "")));
  }

  @Test
  void contractViewExampleAnswersExactly() throws Exception {
    Path file = Files.writeString(dir.resolve("app.py"), "import os\nx = 1\nprint(x)\n");
    String request =
        """
        {"action": "read", "args": {"path": "%s", "start": 0, "end": -1, "thought": "",
          "security_risk": -1, "impl_source": "oh_aci", "view_range": [1, 2]}, "timeout": 120.0}
        """
            .formatted(file);
    String expected =
        """
        {"message": "I read the file %1$s.", "observation": "read",
         "content": "Here's the result of running `cat -n` on %1$s:\\n     1\\timport os\\n     2\\tx = 1\\n",
         "extras": {"path": "%1$s", "impl_source": "oh_aci"}}
        """
            .formatted(file);
    assertThat(Sandbox.execute(request)).isEqualTo(Sandbox.json(expected));
  }

  @Test
  void plainReadSlicesLinesAndResolvesRelativePaths() throws Exception {
    Files.writeString(dir.resolve("lines.txt"), "a\r\nb\nc\nd\n");
    String relative = dir.getFileName() + "/./lines.txt";
    JsonNode all = read(relative);
    assertThat(all)
        .isEqualTo(
            Sandbox.json(
                """
                {"message": "I read the file %1$s.", "observation": "read", "content": "a\\nb\\nc\\nd\\n",
                 "extras": {"path": "%1$s", "impl_source": "default"}}
                """
                    .formatted(dir.resolve("lines.txt"))));
    assertThat(EditorIT.content(read(relative, "start", 1, "end", 3))).isEqualTo("b\nc\n");
    assertThat(EditorIT.content(read(relative, "start", 2))).isEqualTo("c\nd\n");
  }

  @Test
  void mediaComeAsDataUrls() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    String base64 = Base64.getEncoder().encodeToString(png);
    for (String[] media :
        new String[][] {
          {"pic.PNG", "image/png"},
          {"pic.jpeg", "image/jpeg"},
          {"doc.pdf", "application/pdf"},
          {"clip.mp4", "video/mp4"},
          {"clip.webm", "video/webm"}
        }) {
      Path file = Files.write(dir.resolve(media[0]), png);
      JsonNode observation = read(file.toString());
      assertThat(observation.get("observation").asText()).isEqualTo("read");
      assertThat(EditorIT.content(observation)).isEqualTo("data:" + media[1] + ";base64," + base64);
    }
  }

  @Test
  void plainReadErrors() throws Exception {
    Path missing = dir.resolve("missing.txt");
    assertError(
        read(missing.toString()),
        "File not found: "
            + missing
            + ". Your current working directory is "
            + Sandbox.workspaceRoot()
            + ".");
    assertError(read(dir.toString()), "Path is a directory: " + dir + ". You can only read files");
    Path latin = dir.resolve("latin.txt");
    Files.write(latin, TextCodecTest.FRENCH.getBytes(Charset.forName("windows-1252")));
    assertError(read(latin.toString()), "File could not be decoded as utf-8: " + latin + ".");
    Path binary = Files.write(dir.resolve("blob"), new byte[] {0, 1, 2, 3, 4, 5});
    assertError(read(binary.toString()), "ERROR_BINARY_FILE");
    assertError(read(binary.toString(), "impl_source", "oh_aci"), "ERROR_BINARY_FILE");
  }

  @Test
  void editorViewErrorsAreReadObservations() throws Exception {
    Path file = Files.writeString(dir.resolve("two.txt"), "1\n2\n");
    Path missing = dir.resolve("nope.txt");
    JsonNode observation = read(missing.toString(), "impl_source", "oh_aci");
    assertThat(observation.get("observation").asText()).isEqualTo("read");
    assertThat(observation.at("/extras/path").asText()).isEqualTo(missing.toString());
    assertThat(EditorIT.content(observation))
        .isEqualTo(
            "ERROR:\nInvalid `path` parameter: "
                + missing
                + ". The path "
                + missing
                + " does not exist. Please provide a valid path.");
    String view = file.toString();
    assertThat(
            EditorIT.content(
                read(view, "impl_source", "oh_aci", "view_range", new int[] {1, 2, 3})))
        .isEqualTo(
            "ERROR:\n"
                + "Invalid `view_range` parameter: [1, 2, 3]. It should be a list of two"
                + " integers.");
    assertThat(
            EditorIT.content(read(view, "impl_source", "oh_aci", "view_range", new int[] {9, 10})))
        .isEqualTo(
            "ERROR:\nInvalid `view_range` parameter: [9, 10]. Its first element `9` should be"
                + " within the range of lines of the file: [1, 2].");
    assertThat(
            EditorIT.content(read(view, "impl_source", "oh_aci", "view_range", new int[] {2, 1})))
        .isEqualTo(
            "ERROR:\nInvalid `view_range` parameter: [2, 1]. Its second element `1` should be"
                + " greater than or equal to the first element `2`.");
    assertThat(
            EditorIT.content(read(view, "impl_source", "oh_aci", "view_range", new int[] {2, 5})))
        .isEqualTo(
            "NOTE: We only show up to 2 since there're only 2 lines in this file.\n"
                + "Here's the result of running `cat -n` on "
                + file
                + ":\n     2\t2\n");
    assertThat(
            EditorIT.content(
                read(dir.toString(), "impl_source", "oh_aci", "view_range", new int[] {1, 2})))
        .isEqualTo(
            "ERROR:\nInvalid `view_range` parameter: [1, 2]. The `view_range` parameter is not"
                + " allowed when `path` points to a directory.");
  }

  @Test
  void longFilesAreClippedWithTheNotice() throws Exception {
    Path file = Files.writeString(dir.resolve("long.txt"), "0123456789\n".repeat(2000));
    String content = EditorIT.content(read(file.toString(), "impl_source", "oh_aci"));
    assertThat(content)
        .endsWith(
            "  1455\t012345<response clipped><NOTE>Due to the max output limit, only part of this"
                + " file has been shown to you. You should retry this tool after you have searched"
                + " inside the file with `grep -n` in order to find the line numbers of what you"
                + " are looking for.</NOTE>\n");
  }
}
