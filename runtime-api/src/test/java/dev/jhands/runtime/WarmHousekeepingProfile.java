package dev.jhands.runtime;

import java.util.HashMap;
import java.util.Map;

/** Housekeeping at test speed, plus a warm pool whose dormant members report a long idle time. */
public class WarmHousekeepingProfile extends HousekeepingProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>(super.getConfigOverrides());
    config.put("jhands.runtime.warm-pools.idlers.image", "ghcr.io/openhands/agent-server:warm");
    config.put(
        "jhands.runtime.warm-pools.idlers.command", "python3," + Api.SERVER + ",--port,60000");
    config.put("jhands.runtime.warm-pools.idlers.environment.IDLE_TIME", "3600");
    config.put("jhands.runtime.warm-pools.idlers.environment.DORMANT", "1");
    config.put("jhands.runtime.warm-pools.idlers.target-size", "1");
    return config;
  }
}
