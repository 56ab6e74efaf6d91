package dev.jhands.runtime;

import dev.jhands.testing.process.ServiceProcess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The docker profile with a warm pool of one real agent server: the packaged jar's directory and
 * this JVM's JDK mounted read-only into the base image.
 */
public class DockerWarmProfile extends DockerProfile {

  static final List<String> COMMAND =
      List.of(
          "/opt/jdk/bin/java",
          "-XX:TieredStopAtLevel=1",
          "-Xmx192m",
          "-jar",
          "/opt/agent/quarkus-run.jar");

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> all = new HashMap<>(super.getConfigOverrides());
    String app = ServiceProcess.packagedJar("agent-server").getParent().toString();
    all.put("jhands.runtime.docker.extra-mounts", JDK + ":/opt/jdk," + app + ":/opt/agent");
    all.put("jhands.runtime.warm-pools.docker.image", IMAGE);
    all.put("jhands.runtime.warm-pools.docker.command", String.join(",", COMMAND));
    all.put("jhands.runtime.warm-pools.docker.target-size", "1");
    all.put("jhands.runtime.warm-pools.docker.environment.POOL_VAR", "from-pool");
    return all;
  }
}
