package dev.jhands.action.bash;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A fork storm and a vanishing client cannot hang the server. */
@QuarkusTest
@TestProfile(FastBashProfile.class)
class BashRobustnessIT {

  private static Path dir;

  @TestHTTPResource("/execute_action")
  URI executeAction;

  @BeforeAll
  static void createDirectory() throws Exception {
    dir = Run.classDirectory(BashRobustnessIT.class);
  }

  @AfterAll
  static void deleteDirectory() throws Exception {
    Run.delete(dir);
  }

  @BeforeEach
  void reset() {
    Run.reset(dir);
  }

  @Test
  void aForkStormTimesOutAndCtrlCEndsAllOfIt() {
    Storm storm = new Storm();
    long start = System.nanoTime();
    JsonPath running = Run.command(storm.foreground()).blocking(1).post();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(running.getString("extras.metadata.suffix"))
        .startsWith("\n[The command timed out after 1.0 seconds.");
    // The timeout left it running, and the server still answers.
    await().atMost(Duration.ofSeconds(20)).until(() -> storm.count() >= 155);
    given().get("/alive").then().statusCode(200);

    JsonPath interrupted = Run.input("C-c").timeout(20).post();
    assertThat(interrupted.getInt("extras.metadata.exit_code")).isEqualTo(130);
    assertThat(interrupted.getString("extras.metadata.suffix")).endsWith("CTRL+C was sent.]");
    await().atMost(Duration.ofSeconds(10)).until(() -> storm.count() == 0);
    assertThat(Run.command("echo calm").output()).isEqualTo("calm");
  }

  @Test
  void backgroundJobsSurviveCtrlCOfAnotherCommand() {
    Storm storm = new Storm();
    Run.command("sleep " + storm.marker + " &").post();
    Run.command("sleep 60").blocking(0.3).post();
    Run.input("C-c").post();
    assertThat(storm.count()).isEqualTo(1);
    Run.command("kill %1; wait %1").post();
    await().atMost(Duration.ofSeconds(5)).until(() -> storm.count() == 0);
  }

  @Test
  void aClientThatGoesAwayLeavesTheCommandToFinishAndTheNextActionWorks() throws Exception {
    String body =
        new ObjectMapper()
            .writeValueAsString(
                Run.command("touch started.txt; sleep 1; echo finished > disconnect.txt")
                    .timeout(10)
                    .body());
    HttpRequest request =
        HttpRequest.newBuilder(executeAction)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    CompletableFuture<HttpResponse<String>> answer =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("started.txt")));
    client.shutdownNow();
    await().atMost(Duration.ofSeconds(5)).until(answer::isDone);
    assertThat(answer).isCompletedExceptionally();
    // Queued behind the abandoned action, which ran to its end.
    assertThat(Run.command("cat disconnect.txt").output()).isEqualTo("finished");
  }
}
