package dev.jhands.action.bash;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The sandbox user is {@code nobody}, a user every Linux has. */
public class NobodyProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("jhands.action.username", "nobody", "jhands.action.bash.no-change-timeout", "2s");
  }
}
