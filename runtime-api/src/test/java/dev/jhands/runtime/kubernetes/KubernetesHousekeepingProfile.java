package dev.jhands.runtime.kubernetes;

import java.util.HashMap;
import java.util.Map;

/** The kubernetes backend with a lifetime of seconds. */
public class KubernetesHousekeepingProfile extends KubernetesProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
    overrides.put("jhands.runtime.housekeeping.max-lifetime", "4s");
    overrides.put("jhands.runtime.housekeeping.interval", "300ms");
    return overrides;
  }
}
