package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.BETA;
import static dev.jhands.runtime.Api.as;
import static dev.jhands.runtime.Api.post;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import dev.jhands.runtime.docker.DockerEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** What the Docker tests share: the sandbox they start and a look at the engine itself. */
final class DockerFixture {

  static final String NAMESPACE_LABEL = "dev.jhands.namespace";

  private DockerFixture() {}

  private static DockerClient engine;

  /** One client for the test JVM: every Docker test talks to the same engine. */
  static synchronized DockerClient engine() {
    if (engine == null) {
      engine =
          DockerEngine.connect(
              ConfigProvider.getConfig()
                  .unwrap(io.smallrye.config.SmallRyeConfig.class)
                  .getConfigMapping(RuntimeApiConfig.class)
                  .docker());
    }
    return engine;
  }

  static Map<String, Object> serverStart(String sessionId) {
    return Map.of(
        "image",
        DockerProfile.IMAGE,
        "command",
        List.of("/opt/jdk/bin/java", "-Xshare:auto", "/opt/jhands/Server.java"),
        "environment",
        Map.of("GREETING", "hello"),
        "session_id",
        sessionId);
  }

  static String containerName(String runtimeId) {
    return DockerProfile.NAMESPACE + "-" + runtimeId;
  }

  static boolean containerExists(DockerClient docker, String runtimeId) {
    try {
      docker.inspectContainerCmd(containerName(runtimeId)).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  static boolean volumeExists(DockerClient docker, String runtimeId) {
    try {
      docker.inspectVolumeCmd(containerName(runtimeId)).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  static List<Container> containers(DockerClient docker) {
    return docker
        .listContainersCmd()
        .withShowAll(true)
        .withLabelFilter(Map.of(NAMESPACE_LABEL, DockerProfile.NAMESPACE))
        .exec();
  }

  static int volumes(DockerClient docker) {
    var volumes =
        docker
            .listVolumesCmd()
            .withFilter("label", List.of(NAMESPACE_LABEL + "=" + DockerProfile.NAMESPACE))
            .exec()
            .getVolumes();
    return volumes == null ? 0 : volumes.size();
  }

  /** Stops every runtime of both tenants, then checks that the engine holds none of them. */
  static void stopEverything(DockerClient docker) {
    for (String key : List.of(ALPHA, BETA)) {
      List<String> ids =
          as(key).get("/list").then().statusCode(200).extract().path("runtimes.runtime_id");
      ids.forEach(id -> post(key, "/stop", id).statusCode(200));
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> containers(docker).isEmpty() && volumes(docker) == 0);
    assertEquals(List.of(), containers(docker));
    assertEquals(0, volumes(docker));
  }
}
