package dev.jhands.action.bash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server running as root runs its shells as the sandbox user. */
@QuarkusTest
@TestProfile(NobodyProfile.class)
class BashUserIT {

  private static Path dir;

  @BeforeAll
  static void createDirectory() throws Exception {
    dir = Run.classDirectory(BashUserIT.class);
  }

  @AfterAll
  static void deleteDirectory() throws Exception {
    Run.delete(dir);
  }

  @BeforeEach
  void onlyAsRoot() {
    assumeTrue("root".equals(System.getProperty("user.name")), "needs a server running as root");
    Run.reset(dir);
  }

  @Test
  void thePersistentShellRunsAsTheSandboxUser() {
    JsonPath obs = Run.command("id -un").post();
    assertThat(obs.getString("content")).isEqualTo("nobody");
    assertThat(obs.getString("extras.metadata.username")).isEqualTo("nobody");
    assertThat(obs.getString("extras.metadata.working_dir")).isEqualTo(dir.toString());
  }

  @Test
  void aOneShotCommandRunsAsTheSandboxUser() {
    JsonPath obs = Run.command("id -un").with("is_static", true).post();
    assertThat(obs.getString("content")).isEqualTo("nobody");
    assertThat(obs.getString("extras.metadata.username")).isEqualTo("nobody");
  }
}
