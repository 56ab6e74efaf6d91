package dev.jhands.runtime;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/** A short readiness timeout and key rotation on resume, over a state directory of its own. */
public class ShortTimeoutProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "jhands.runtime.ready-timeout",
        "8s",
        "jhands.runtime.rotate-key-on-resume",
        "true",
        "jhands.runtime.state-dir",
        System.getProperty("java.io.tmpdir") + "/jhands-runtime-test-" + UUID.randomUUID());
  }
}
