package dev.jhands.action.ipython;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jhands.action.ActionExecutionConfig;
import dev.jhands.action.execute.ShellWorkingDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A root server runs the kernel as the sandbox user. {@code nobody} stands in for it: every Linux
 * has one, and it shows the switch works even for a user without a home or a login shell. The
 * profile also starts the kernel at boot, which must not hold up {@code /alive}.
 */
@QuarkusTest
@TestProfile(RunAsUserIT.AsNobody.class)
class RunAsUserIT {

  public static class AsNobody implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("jhands.action.username", "nobody", "jhands.action.ipython.prestart", "true");
    }
  }

  @Inject ShellWorkingDirectory shell;
  @Inject ActionExecutionConfig config;
  @Inject KernelSession kernel;

  @Test
  void prestartBringsTheKernelUpWithoutACell() {
    given().get("/alive").then().statusCode(200).body("status", equalTo("ok"));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(kernel.processes()).hasSizeGreaterThanOrEqualTo(2));
  }

  @Test
  void theKernelRunsAsTheConfiguredUser() throws Exception {
    assumeTrue(UserCommand.serverIsRoot(), "only root can switch users");
    WorkspaceDirs dirs = new WorkspaceDirs(config.workingDir());
    shell.set(dirs.create("as-nobody"));
    try {
      assertThat(Cells.run("import getpass\nprint(getpass.getuser())").getString("content"))
          .isEqualTo("nobody");
    } finally {
      shell.set(config.workingDir());
      dirs.delete();
    }
  }
}
