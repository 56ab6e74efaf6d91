package dev.jhands.action.file;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /list_files} for the UI's file tree, and {@code /vscode/connection_token}. */
@QuarkusTest
class ListFilesIT {

  private static Path dir;

  @BeforeAll
  static void createDirectory() throws Exception {
    dir = Sandbox.directoryFor(ListFilesIT.class);
    for (String sub : List.of("beta", "Alpha", ".git")) {
      Files.createDirectories(dir.resolve(sub));
    }
    for (String file : List.of("b.txt", "A.txt", ".env", "c.md")) {
      Files.writeString(dir.resolve(file), "");
    }
    Files.createSymbolicLink(dir.resolve("broken"), dir.resolve("no-such-target"));
    Files.createSymbolicLink(dir.resolve("linkdir"), dir.resolve("beta"));
  }

  @AfterAll
  static void removeDirectory() throws Exception {
    Sandbox.delete(dir);
  }

  private static List<String> list(String body) {
    return given()
        .contentType("application/json")
        .body(body)
        .post("/list_files")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$", String.class);
  }

  @Test
  void directoriesFirstThenFilesEachIgnoringCase() {
    List<String> expected =
        List.of(".git/", "Alpha/", "beta/", "linkdir/", ".env", "A.txt", "b.txt", "c.md");
    assertThat(list("{\"path\": \"" + dir + "\"}")).isEqualTo(expected);
    // Relative paths start at the working directory.
    assertThat(list("{\"path\": \"" + dir.getFileName() + "\"}")).isEqualTo(expected);
    assertThat(list("{\"path\": \"" + dir.getFileName() + "/beta\"}")).isEmpty();
  }

  @Test
  void noPathMeansTheWorkingDirectory() {
    assertThat(list("{}")).contains(dir.getFileName() + "/");
    assertThat(list("{\"path\": null}")).contains(dir.getFileName() + "/");
  }

  @Test
  void anythingButADirectoryIsAnEmptyList() {
    assertThat(list("{\"path\": \"" + dir.resolve("missing") + "\"}")).isEmpty();
    assertThat(list("{\"path\": \"" + dir.resolve("b.txt") + "\"}")).isEmpty();
  }

  @Test
  void vscodeHasNoTokenYet() {
    given().get("/vscode/connection_token").then().statusCode(200).body("token", nullValue());
    assertThat(given().get("/vscode/connection_token").then().extract().asString())
        .isEqualTo("{\"token\":null}");
  }
}
