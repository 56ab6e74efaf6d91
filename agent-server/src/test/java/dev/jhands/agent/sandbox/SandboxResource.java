package dev.jhands.agent.sandbox;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points every Quarkus test of this module at the one action-execution server of the JVM (not
 * restricted to an annotated class, so it applies to all of them).
 */
@QuarkusTestResource(SandboxResource.class)
public class SandboxResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of(
        "jhands.agent.action-execution-url",
        TestSandbox.actionServerUrl(),
        "jhands.agent.action-execution-api-key",
        TestSandbox.ACTION_KEY);
  }

  @Override
  public void stop() {
    // The server outlives Quarkus restarts between profiles; a shutdown hook ends it.
  }
}
