package dev.jhands.runtime;

import dev.jhands.testing.process.ServiceProcess;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two warm pools of real agent servers (the packaged jar, run by this JVM's java): {@code agent}
 * keeps two members; {@code empty} keeps none, so a start that matches it is a miss.
 */
public class WarmPoolProfile implements QuarkusTestProfile {

  static final String IMAGE = "jhands/sandbox:warm-test";
  static final String EMPTY_IMAGE = "jhands/sandbox:warm-empty";

  /** Fails the test with how to package the agent server when its jar is missing. */
  static List<String> agentServerCommand() {
    Path jar = ServiceProcess.packagedJar("agent-server");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(
        java,
        "-XX:TieredStopAtLevel=1",
        "-Xmx192m",
        "-Dquarkus.http.host=127.0.0.1",
        "-Dquarkus.http.port=60000",
        "-jar",
        jar.toString());
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    String command = String.join(",", agentServerCommand());
    return Map.of(
        "jhands.runtime.state-dir",
        System.getProperty("java.io.tmpdir") + "/jhands-runtime-test-" + UUID.randomUUID(),
        "jhands.runtime.warm-pools.agent.image",
        IMAGE,
        "jhands.runtime.warm-pools.agent.command",
        command,
        "jhands.runtime.warm-pools.agent.target-size",
        "2",
        "jhands.runtime.warm-pools.agent.environment.POOL_VAR",
        "from-pool",
        "jhands.runtime.warm-pools.empty.image",
        EMPTY_IMAGE,
        "jhands.runtime.warm-pools.empty.command",
        command,
        "jhands.runtime.warm-pools.empty.target-size",
        "0");
  }
}
