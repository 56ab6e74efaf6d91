package dev.jhands.agent.file;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.jhands.agent.Bodies;
import dev.jhands.agent.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FileIT {

  Path root;

  @BeforeEach
  void makeRoot() throws IOException {
    root = Files.createTempDirectory("jhands-file-it");
  }

  @Test
  void pathStyleUploadCreatesParentsAndDownloadGivesTheBytesBack() throws Exception {
    // The SDK joins "/api/file/upload/" and an absolute path: a double slash, sent as is.
    Path target = root.resolve("a/b/hello.txt");
    HttpResponse<String> upload =
        RawHttp.send(RawHttp.multipart("/api/file/upload/" + target, "hello world"));
    assertThat(upload.statusCode()).isEqualTo(200);
    assertThat(upload.body()).isEqualTo("{\"success\":true}");
    assertThat(target).hasContent("hello world");

    HttpResponse<String> download = RawHttp.send(RawHttp.get("/api/file/download/" + target));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"hello.txt\"");
    assertThat(download.body()).isEqualTo("hello world");
  }

  @Test
  void aPathStyleRelativePathIsRefused() throws Exception {
    HttpResponse<String> upload =
        RawHttp.send(RawHttp.multipart("/api/file/upload/tmp/rel.txt", "x"));
    assertThat(upload.statusCode()).isEqualTo(400);
    assertThat(upload.body()).isEqualTo("{\"detail\":\"Path must be absolute\"}");
  }

  @Test
  void theFrontendsEncodedSlashesReachTheSameFile() throws Exception {
    Path target = root.resolve("encoded.bin");
    Files.writeString(target, "encoded");
    String encoded = target.toString().replace("/", "%2F");
    HttpResponse<String> response = RawHttp.send(RawHttp.get("/api/file/download/" + encoded));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("encoded");
  }

  @Test
  void queryStyleRoutesWork() {
    Path target = root.resolve("q/data.bin");
    byte[] bytes = new byte[300_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    given()
        .multiPart("file", "data.bin", bytes)
        .queryParam("path", target.toString())
        .post("/api/file/upload")
        .then()
        .statusCode(200)
        .body("success", equalTo(true));
    byte[] back =
        given()
            .queryParam("path", target.toString())
            .get("/api/file/download")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(back).isEqualTo(bytes);
  }

  @Test
  void anUploadReplacesTheFileWholeAndKeepsItsMode() throws IOException {
    Path hook = root.resolve("pre-commit");
    Files.writeString(hook, "old");
    Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    given()
        .multiPart("file", "pre-commit", "#!/bin/sh\nexit 0\n".getBytes(StandardCharsets.UTF_8))
        .queryParam("path", hook.toString())
        .post("/api/file/upload")
        .then()
        .statusCode(200);
    assertThat(hook).hasContent("#!/bin/sh\nexit 0\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hook)))
        .isEqualTo("rwxr-xr-x");
    try (Stream<Path> left = Files.list(root)) {
      assertThat(left).containsExactly(hook);
    }
  }

  @Test
  void badPathsAreClearErrors() throws IOException {
    Files.createDirectories(root.resolve("dir"));
    given()
        .queryParam("path", "relative/file.txt")
        .get("/api/file/download")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Path must be absolute"));
    given()
        .queryParam("path", root + "/dir/../../etc/passwd")
        .get("/api/file/download")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Path must not contain '..'"));
    given()
        .queryParam("path", root.resolve("missing.txt").toString())
        .get("/api/file/download")
        .then()
        .statusCode(404)
        .body("detail", equalTo("File not found"));
    given()
        .queryParam("path", root.resolve("dir").toString())
        .get("/api/file/download")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Path is not a file"));
    given()
        .get("/api/file/download")
        .then()
        .statusCode(400)
        .body("detail", equalTo("path is required"));
  }

  @Test
  void badUploadsAreClearErrorsAndWriteNothing() throws IOException {
    Files.createDirectories(root.resolve("dir"));
    Files.writeString(root.resolve("plain"), "x");
    given()
        .multiPart("file", "x", "x".getBytes(StandardCharsets.UTF_8))
        .queryParam("path", "rel/x")
        .post("/api/file/upload")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Path must be absolute"));
    given()
        .multiPart("file", "x", "x".getBytes(StandardCharsets.UTF_8))
        .queryParam("path", root.resolve("dir").toString())
        .post("/api/file/upload")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Path is a directory"));
    given()
        .multiPart("file", "x", "x".getBytes(StandardCharsets.UTF_8))
        .queryParam("path", root.resolve("plain/child").toString())
        .post("/api/file/upload")
        .then()
        .statusCode(400);
    given()
        .multiPart("other", "x", "x".getBytes(StandardCharsets.UTF_8))
        .queryParam("path", root.resolve("none").toString())
        .post("/api/file/upload")
        .then()
        .statusCode(400)
        .body("detail", equalTo("The multipart field 'file' is required"));
    given()
        .contentType("application/json")
        .body("{}")
        .queryParam("path", root.resolve("none").toString())
        .post("/api/file/upload")
        .then()
        .statusCode(415)
        .body("detail", org.hamcrest.Matchers.notNullValue());
    assertThat(root.resolve("none")).doesNotExist();
    assertThat(root.resolve("plain")).hasContent("x");
  }

  @Test
  void trajectoryIsAZipOfTheConversationDirectory() throws IOException {
    String id = UUID.randomUUID().toString();
    given()
        .contentType("application/json")
        .body(Bodies.start(id, ""))
        .post("/api/conversations")
        .then()
        .statusCode(201);
    String hex = id.replace("-", "");
    for (String form : List.of(id, hex)) {
      byte[] zip =
          given()
              .get("/api/file/download-trajectory/" + form)
              .then()
              .statusCode(200)
              .contentType("application/octet-stream")
              .header("Content-Disposition", "attachment; filename=\"" + hex + ".zip\"")
              .extract()
              .asByteArray();
      Map<String, String> entries = unzip(zip);
      assertThat(entries).containsKeys(hex + "/", hex + "/meta.json", hex + "/base_state.json");
      assertThat(entries.get(hex + "/meta.json")).contains(id).doesNotContain("sk-very-secret");
    }
  }

  @Test
  void trajectoryOfAnUnknownOrBadIdIsAnError() {
    given()
        .get("/api/file/download-trajectory/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("detail", equalTo("Conversation not found"));
    given().get("/api/file/download-trajectory/not-an-id").then().statusCode(400);
  }

  static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }
}
