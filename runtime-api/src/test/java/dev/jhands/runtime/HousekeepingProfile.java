package dev.jhands.runtime;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.UUID;

/** Housekeeping in seconds instead of minutes and days, over a state directory of its own. */
public class HousekeepingProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "jhands.runtime.housekeeping.idle-pause-after", "2s",
        "jhands.runtime.housekeeping.remove-paused-after", "4s",
        "jhands.runtime.housekeeping.max-lifetime", "20s",
        "jhands.runtime.housekeeping.interval", "300ms",
        "jhands.runtime.state-dir",
            System.getProperty("java.io.tmpdir") + "/jhands-runtime-test-" + UUID.randomUUID());
  }
}
