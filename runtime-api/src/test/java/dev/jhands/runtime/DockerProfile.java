package dev.jhands.runtime;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The docker backend over the real engine, in a namespace of this test run's own, so that neither
 * another run nor a real runtime API on the same engine is adopted or touched. The sandbox is the
 * test bundle's {@code Server.java}, run by the test JVM's own JDK mounted read-only (it is glibc,
 * like the base image).
 */
public class DockerProfile implements QuarkusTestProfile {

  static final String NAMESPACE = "jhands-it-" + UUID.randomUUID().toString().substring(0, 8);
  static final String IMAGE =
      System.getenv().getOrDefault("JHANDS_DOCKER_TEST_IMAGE", "jhands/base:bookworm");
  static final String JDK = System.getProperty("java.home");
  static final String BUNDLE =
      Path.of("src/test/resources/docker-bundle").toAbsolutePath().toString();

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.ofEntries(
        Map.entry("jhands.runtime.backend", "docker"),
        Map.entry("jhands.runtime.docker.namespace", NAMESPACE),
        Map.entry("jhands.runtime.docker.bundle", BUNDLE),
        Map.entry("jhands.runtime.docker.extra-mounts", JDK + ":/opt/jdk"),
        Map.entry("jhands.runtime.docker.cpus", "1"),
        Map.entry("jhands.runtime.docker.memory", "512M"),
        Map.entry("jhands.runtime.docker.pids", "256"),
        Map.entry("jhands.runtime.docker.stop-grace", "2s"),
        Map.entry("jhands.runtime.docker.stop-on-shutdown", "true"),
        Map.entry("jhands.runtime.ready-timeout", "90s"),
        Map.entry(
            "jhands.runtime.state-dir",
            System.getProperty("java.io.tmpdir") + "/jhands-runtime-docker-" + NAMESPACE));
  }
}
