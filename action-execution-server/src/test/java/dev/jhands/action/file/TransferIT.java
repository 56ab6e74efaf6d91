package dev.jhands.action.file;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /upload_file} and {@code /download_files}, with real multipart bodies and zips. */
@QuarkusTest
class TransferIT {

  private static Path dir;

  @BeforeAll
  static void createDirectory() {
    dir = Sandbox.directoryFor(TransferIT.class);
  }

  @AfterAll
  static void removeDirectory() throws Exception {
    Sandbox.delete(dir);
  }

  private static ValidatableResponse upload(
      String name, byte[] bytes, String destination, Boolean recursive) {
    var request = given().multiPart("file", name, bytes).queryParam("destination", destination);
    if (recursive != null) {
      request.queryParam("recursive", recursive);
    }
    return request.post("/upload_file").then();
  }

  static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        if (namesAndContents[i + 1] != null) {
          zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static Map<String, String> unzip(byte[] bytes) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  @Test
  void plainUploadCreatesTheDestination() {
    Path dest = dir.resolve("plain/inner");
    upload("notes.txt", "hi".getBytes(StandardCharsets.UTF_8), dest.toString(), null)
        .statusCode(200)
        .body("filename", equalTo("notes.txt"))
        .body("destination", equalTo(dest.toString()))
        .body("recursive", equalTo(false));
    assertThat(dest.resolve("notes.txt")).hasContent("hi");
  }

  @Test
  void uploadsAboveTenMegabytesAreAccepted() throws Exception {
    // copy_to sends whole directories as one zip; Quarkus's default limit is 10 MB.
    byte[] big = new byte[12 * 1024 * 1024];
    new Random(7).nextBytes(big);
    Path dest = dir.resolve("big");
    upload("big.bin", big, dest.toString(), null).statusCode(200);
    assertThat(Files.size(dest.resolve("big.bin"))).isEqualTo(big.length);
    assertThat(Files.readAllBytes(dest.resolve("big.bin"))).isEqualTo(big);
  }

  @Test
  void zipsAreUnpackedAndRemoved() throws Exception {
    Path dest = dir.resolve("unzipped");
    byte[] archive = zip("project/", null, "project/src/a.txt", "A", "project/b.txt", "B");
    upload("project.zip", archive, dest.toString(), true)
        .statusCode(200)
        .body("recursive", equalTo(true));
    assertThat(dest.resolve("project/src/a.txt")).hasContent("A");
    assertThat(dest.resolve("project/b.txt")).hasContent("B");
    assertThat(dest.resolve("project.zip")).doesNotExist();
    // A .zip name alone means unpack, as in OpenHands.
    upload("again.zip", zip("c.txt", "C"), dest.toString(), null).statusCode(200);
    assertThat(dest.resolve("c.txt")).hasContent("C");
  }

  @Test
  void badUploadsAre400s() throws Exception {
    byte[] hi = "hi".getBytes(StandardCharsets.UTF_8);
    upload("a.txt", hi, "relative/dir", null)
        .statusCode(400)
        .body("detail", equalTo("Destination must be an absolute path"));
    upload("a.txt", hi, dir.toString(), true)
        .statusCode(400)
        .body("detail", equalTo("Recursive uploads must be zip files"));
    upload("broken.zip", hi, dir.resolve("broken").toString(), null)
        .statusCode(400)
        .body("detail", containsString("broken.zip is not a valid zip file"));
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    upload("a.txt", hi, file.toString(), null)
        .statusCode(400)
        .body("detail", equalTo("Destination is not a directory: " + file));
    upload("..", hi, dir.toString(), null)
        .statusCode(400)
        .body("detail", containsString("Invalid file name"));
    given()
        .multiPart("other", "a.txt", hi)
        .queryParam("destination", dir.toString())
        .post("/upload_file")
        .then()
        .statusCode(400)
        .body("detail", equalTo("The multipart field 'file' is required"));
  }

  @Test
  void zipSlipIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path dest = Files.createDirectories(dir.resolve("slip/dest"));
    Path outside = dir.resolve("slip");
    for (String evil : new String[] {"../evil.txt", "a/../../evil.txt", "/tmp/evil-jhands.txt"}) {
      upload("evil.zip", zip("good.txt", "fine", evil, "pwned"), dest.toString(), null)
          .statusCode(400)
          .body("detail", containsString("entry '" + evil + "' would be written outside"));
    }
    assertThat(dest.resolve("good.txt")).doesNotExist();
    assertThat(outside.resolve("evil.txt")).doesNotExist();
    assertThat(Path.of("/tmp/evil-jhands.txt")).doesNotExist();

    // A link inside the destination that leads out of it is no way out either.
    Path elsewhere = Files.createDirectories(dir.resolve("slip/elsewhere"));
    Files.createSymbolicLink(dest.resolve("link"), elsewhere);
    upload("link.zip", zip("link/evil.txt", "pwned"), dest.toString(), null)
        .statusCode(400)
        .body("detail", containsString("entry 'link/evil.txt' would be written outside"));
    assertThat(elsewhere.resolve("evil.txt")).doesNotExist();
  }

  @Test
  void downloadZipsATreeRelativeToThePath() throws Exception {
    Path tree = Files.createDirectories(dir.resolve("tree/sub"));
    Files.writeString(tree.getParent().resolve("top.txt"), "top");
    Files.writeString(tree.resolve("deep.txt"), "deep");
    Files.writeString(tree.getParent().resolve(".hidden"), "h");
    byte[] body =
        given()
            .queryParam("path", tree.getParent().toString())
            .get("/download_files")
            .then()
            .statusCode(200)
            .contentType("application/zip")
            .header("Content-Disposition", "attachment; filename=\"tree.zip\"")
            .extract()
            .asByteArray();
    assertThat(unzip(body))
        .containsExactly(
            Map.entry(".hidden", "h"),
            Map.entry("sub/deep.txt", "deep"),
            Map.entry("top.txt", "top"));
  }

  @Test
  void downloadOfAFileZipsThatFile() throws Exception {
    Path file = Files.writeString(dir.resolve("single.txt"), "only");
    byte[] body =
        given()
            .queryParam("path", file.toString())
            .get("/download_files")
            .then()
            .statusCode(200)
            .header("Content-Disposition", "attachment; filename=\"single.txt.zip\"")
            .extract()
            .asByteArray();
    assertThat(unzip(body)).containsExactly(Map.entry("single.txt", "only"));
  }

  @Test
  void badDownloadsAre4xx() {
    given()
        .get("/download_files")
        .then()
        .statusCode(400)
        .body("detail", equalTo("The query parameter 'path' is required"));
    given()
        .queryParam("path", "rel/path")
        .get("/download_files")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Path must be an absolute path"));
    given()
        .queryParam("path", dir.resolve("nothing").toString())
        .get("/download_files")
        .then()
        .statusCode(404)
        .body("detail", equalTo("File not found"));
  }

  @Test
  void uploadThenDownloadRoundTrips() throws Exception {
    Path dest = dir.resolve("round");
    upload("r.zip", zip("x/1.txt", "one", "x/y/2.txt", "two"), dest.toString(), true)
        .statusCode(200);
    byte[] body =
        given()
            .queryParam("path", dest.resolve("x").toString())
            .get("/download_files")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(unzip(body)).containsExactly(Map.entry("1.txt", "one"), Map.entry("y/2.txt", "two"));
  }
}
