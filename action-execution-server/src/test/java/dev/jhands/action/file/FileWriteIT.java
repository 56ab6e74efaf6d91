package dev.jhands.action.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code write} actions over HTTP: OpenHands' line splicing, new files, and its errors. */
@QuarkusTest
class FileWriteIT {

  private static Path dir;

  @BeforeAll
  static void createDirectory() {
    dir = Sandbox.directoryFor(FileWriteIT.class);
  }

  @AfterAll
  static void removeDirectory() throws Exception {
    Sandbox.delete(dir);
  }

  static JsonNode write(String path, String content, Object... args) {
    ObjectNode action = Sandbox.action("write");
    ObjectNode values = ((ObjectNode) action.get("args")).put("path", path).put("content", content);
    for (int i = 0; i < args.length; i += 2) {
      values.set((String) args[i], Sandbox.JSON.valueToTree(args[i + 1]));
    }
    return Sandbox.execute(action);
  }

  @Test
  void newFileGetsParentsANewlinePerLineAndMode0664() throws Exception {
    Path file = dir.resolve("new/deeper/f.txt");
    JsonNode observation = write(file.toString(), "a\nb");
    assertThat(observation)
        .isEqualTo(
            Sandbox.json(
                """
                {"message": "I wrote to the file %1$s.", "observation": "write", "content": "",
                 "extras": {"path": "%1$s"}}
                """
                    .formatted(file)));
    assertThat(file).hasContent("a\nb\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-rw-r--");
    // A trailing newline gains a blank line, as in OpenHands.
    Path other = dir.resolve("trailing.txt");
    write(other.toString(), "a\n");
    assertThat(other).hasContent("a\n\n");
  }

  @Test
  void existingFilesAreSplicedAndKeepTheirMode() throws Exception {
    Path file = Files.writeString(dir.resolve("splice.txt"), "1\n2\n3\n4\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    write(file.toString(), "two\nTWO", "start", 1, "end", 2);
    assertThat(file).hasContent("1\ntwo\nTWO\n3\n4\n");
    write(file.toString(), "head", "start", 0, "end", 3);
    assertThat(file).hasContent("head\n3\n4\n");
    write(file.toString(), "tail", "start", 3);
    assertThat(file).hasContent("head\n3\n4\ntail\n");
    write(file.toString(), "all");
    assertThat(file).hasContent("all\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void relativePathsResolveAgainstTheShellDirectory() {
    String relative = dir.getFileName() + "/rel.txt";
    JsonNode observation = write(relative, "x");
    assertThat(observation.at("/extras/path").asText())
        .isEqualTo(dir.resolve("rel.txt").toString());
    assertThat(dir.resolve("rel.txt")).hasContent("x\n");
  }

  @Test
  void errors() throws Exception {
    JsonNode onDirectory = write(dir.toString(), "x");
    assertThat(onDirectory.get("observation").asText()).isEqualTo("error");
    assertThat(EditorIT.content(onDirectory))
        .isEqualTo("Path is a directory: " + dir + ". You can only write to files");
    Path latin = dir.resolve("latin.txt");
    byte[] bytes = TextCodecTest.FRENCH.getBytes(Charset.forName("windows-1252"));
    Files.write(latin, bytes);
    JsonNode notUtf8 = write(latin.toString(), "x");
    assertThat(notUtf8.get("observation").asText()).isEqualTo("error");
    assertThat(EditorIT.content(notUtf8)).isEqualTo("File could not be decoded as utf-8: " + latin);
    assertThat(latin).hasBinaryContent(bytes);
  }
}
