package dev.jhands.action.bash;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A 2 s soft timeout, so the tests that wait for it stay short. */
public class FastBashProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("jhands.action.bash.no-change-timeout", "2s");
  }
}
