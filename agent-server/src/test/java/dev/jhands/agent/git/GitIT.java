package dev.jhands.agent.git;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.jhands.agent.RawHttp;
import dev.jhands.events.git.GitChange;
import dev.jhands.events.git.GitChangeStatus;
import dev.jhands.events.git.GitDiff;
import dev.jhands.events.json.Wire;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The git routes against real repositories made with the git CLI. */
@QuarkusTest
class GitIT {

  Path root;

  @BeforeEach
  void makeRoot() throws IOException {
    root = Files.createTempDirectory("jhands-git-it").toRealPath();
  }

  @Test
  void aRepoWithoutCommitsListsEveryFileAsAdded() {
    TestRepo repo = TestRepo.init(root.resolve("fresh")).write("a.txt", "a").write("d/b.txt", "b");
    assertThat(changes(repo.dir)).containsExactly(added("a.txt"), added("d/b.txt"));
    GitDiff diff = diff(repo.dir.resolve("a.txt"));
    assertThat(diff).isEqualTo(new GitDiff("a", ""));
  }

  @Test
  void withoutARemoteChangesAreAgainstHeadLikeGitStatus() {
    TestRepo repo =
        TestRepo.init(root.resolve("local"))
            .write("keep.txt", "same\n")
            .write("edit.txt", "  indented\nold\n")
            .write("gone.txt", "bye\n")
            .write("old name.txt", "moving\n")
            .commitAll("first");
    repo.write("edit.txt", "  indented\nnew\n").write("new file.txt", "fresh\n");
    repo.git("rm", "-q", "gone.txt");
    repo.git("mv", "old name.txt", "new name.txt");

    assertThat(changes(repo.dir))
        .containsExactly(
            updated("edit.txt"),
            deleted("gone.txt"),
            added("new file.txt"),
            added("new name.txt"),
            deleted("old name.txt"));
    assertThat(diff(repo.dir.resolve("edit.txt")))
        .isEqualTo(new GitDiff("  indented\nnew", "  indented\nold"));
    assertThat(diff(repo.dir.resolve("keep.txt"))).isEqualTo(new GitDiff("same", "same"));
    // A deleted file still has a diff: its old content.
    assertThat(diff(repo.dir.resolve("gone.txt"))).isEqualTo(new GitDiff("", "bye"));
  }

  @Test
  void aBranchIsComparedWithItsForkPointFromOriginsDefaultBranch() {
    TestRepo origin =
        TestRepo.init(root.resolve("origin")).write("base.txt", "v1\n").commitAll("base");
    TestRepo clone = TestRepo.cloneOf(origin, root.resolve("clone"));
    clone.git("checkout", "-q", "-b", "feature");
    clone.write("feature.txt", "work\n").write("base.txt", "v2\n").commitAll("feature work");
    clone.write("scratch.txt", "wip\n");

    // Committed work on the branch stays visible; origin/main moving on adds no noise.
    origin.write("upstream.txt", "later\n").commitAll("upstream moved");
    clone.git("fetch", "-q");
    assertThat(changes(clone.dir))
        .containsExactly(updated("base.txt"), added("feature.txt"), added("scratch.txt"));
    assertThat(diff(clone.dir.resolve("base.txt"))).isEqualTo(new GitDiff("v2", "v1"));

    // An explicit ref gives git-status style changes instead.
    List<GitChange> sinceHead =
        read(
            given()
                .queryParam("path", clone.dir.toString())
                .queryParam("ref", "HEAD")
                .get("/api/git/changes")
                .then()
                .statusCode(200)
                .extract()
                .asString(),
            new TypeReference<>() {});
    assertThat(sinceHead).containsExactly(added("scratch.txt"));
  }

  @Test
  void reposInSubdirectoriesOfAPlainWorkspaceAreListedUnderTheirNames() {
    Path workspace = root.resolve("workspace");
    TestRepo repo =
        TestRepo.init(workspace.resolve("project")).write("x.txt", "1\n").commitAll("x");
    repo.write("x.txt", "2\n");
    assertThat(changes(workspace)).containsExactly(updated("project/x.txt"));
    // The frontend's diff path is the change path joined to the directory it listed.
    assertThat(diff(workspace.resolve("project/x.txt"))).isEqualTo(new GitDiff("2", "1"));
  }

  @Test
  void aRepoInsideARepoIsListedOnceUnderItsName() {
    TestRepo outer = TestRepo.init(root.resolve("outer")).write("o.txt", "o\n").commitAll("o");
    TestRepo inner = TestRepo.init(outer.dir.resolve("inner")).write("i.txt", "i\n").commitAll("i");
    outer.write("o.txt", "O\n");
    inner.write("i.txt", "I\n");
    // The outer repo sees "inner/" as untracked; only the inner repo's own changes show.
    assertThat(changes(outer.dir)).containsExactly(updated("inner/i.txt"), updated("o.txt"));
    // A ref only the outer repo knows skips the inner one instead of failing the request.
    String outerHead = outer.git("rev-parse", "HEAD");
    String body =
        given()
            .queryParam("path", outer.dir.toString())
            .queryParam("ref", outerHead)
            .get("/api/git/changes")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(read(body, new TypeReference<List<GitChange>>() {}))
        .containsExactly(updated("o.txt"));
  }

  @Test
  void aSubdirectoryOfARepoListsItsOwnChangesRelativeToItself() {
    TestRepo repo =
        TestRepo.init(root.resolve("mono")).write("app/a.txt", "a\n").write("lib/b.txt", "b\n");
    repo.commitAll("both");
    repo.write("app/a.txt", "A\n").write("lib/b.txt", "B\n").write("app/new.txt", "n\n");
    assertThat(changes(repo.dir.resolve("app")))
        .containsExactly(updated("a.txt"), added("new.txt"));
  }

  @Test
  void outsideARepositoryThereIsNothingToReport() throws IOException {
    Path plain = Files.createDirectories(root.resolve("plain"));
    Files.writeString(plain.resolve("f.txt"), "x");
    assertThat(changes(plain)).isEmpty();
    assertThat(changes(root.resolve("missing"))).isEmpty();
    given()
        .queryParam("path", plain.resolve("f.txt").toString())
        .get("/api/git/diff")
        .then()
        .statusCode(200)
        .body("modified", nullValue())
        .body("original", nullValue());
  }

  @Test
  void badRequestsAreClearErrors() throws IOException {
    TestRepo repo = TestRepo.init(root.resolve("errs")).write("a.txt", "a").commitAll("a");
    given()
        .queryParam("path", repo.dir.toString())
        .queryParam("ref", "no-such-branch")
        .get("/api/git/changes")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Unknown ref: no-such-branch"));
    given()
        .queryParam("path", repo.dir.toString())
        .queryParam("ref", "--output=/tmp/x")
        .get("/api/git/changes")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Invalid ref: --output=/tmp/x"));
    given()
        .get("/api/git/changes")
        .then()
        .statusCode(400)
        .body("detail", equalTo("path is required"));
    given()
        .queryParam("path", repo.dir.toString())
        .get("/api/git/diff")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Path is a directory: " + repo.dir));
    given()
        .queryParam("path", root.resolve("nowhere/x.txt").toString())
        .get("/api/git/diff")
        .then()
        .statusCode(404);
    Files.write(repo.dir.resolve("big.bin"), new byte[(int) GitDiffs.MAX_FILE_SIZE + 1]);
    given()
        .queryParam("path", repo.dir.resolve("big.bin").toString())
        .get("/api/git/diff")
        .then()
        .statusCode(400)
        .body("detail", equalTo("File too large for git diff: 1048577 bytes (max: 1048576 bytes)"));
  }

  @Test
  void pathStyleRoutesTakeTheEncodedOrTheDoubleSlashForm() throws Exception {
    TestRepo repo = TestRepo.init(root.resolve("styles")).write("s.txt", "s\n");
    String encoded = repo.dir.toString().replace("/", "%2F");
    for (String url : List.of("/api/git/changes/" + encoded, "/api/git/changes/" + repo.dir)) {
      HttpResponse<String> response = RawHttp.send(RawHttp.get(url));
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(read(response.body(), new TypeReference<List<GitChange>>() {}))
          .containsExactly(added("s.txt"));
    }
    HttpResponse<String> diff = RawHttp.send(RawHttp.get("/api/git/diff/" + encoded + "%2Fs.txt"));
    assertThat(read(diff.body(), new TypeReference<GitDiff>() {})).isEqualTo(new GitDiff("s", ""));
  }

  private static List<GitChange> changes(Path dir) {
    String body =
        given()
            .queryParam("path", dir.toString())
            .get("/api/git/changes")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return read(body, new TypeReference<>() {});
  }

  private static GitDiff diff(Path file) {
    String body =
        given()
            .queryParam("path", file.toString())
            .get("/api/git/diff")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return read(body, new TypeReference<>() {});
  }

  private static <T> T read(String body, TypeReference<T> type) {
    try {
      return Wire.mapper().readValue(body, type);
    } catch (IOException e) {
      throw new IllegalStateException(body, e);
    }
  }

  private static GitChange added(String path) {
    return new GitChange(GitChangeStatus.ADDED, path);
  }

  private static GitChange updated(String path) {
    return new GitChange(GitChangeStatus.UPDATED, path);
  }

  private static GitChange deleted(String path) {
    return new GitChange(GitChangeStatus.DELETED, path);
  }
}
