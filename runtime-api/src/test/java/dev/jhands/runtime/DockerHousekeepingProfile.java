package dev.jhands.runtime;

import java.util.HashMap;
import java.util.Map;

/** The docker backend with paused runtimes removed after seconds instead of days. */
public class DockerHousekeepingProfile extends DockerProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
    overrides.put("jhands.runtime.housekeeping.remove-paused-after", "3s");
    overrides.put("jhands.runtime.housekeeping.interval", "300ms");
    return overrides;
  }
}
