package dev.jhands.runtime.pool;

import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.sandbox.Sandboxes;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Starts filling the warm pools with the app, and stops keeping them with it. */
@ApplicationScoped
public class WarmPoolsProducer {

  private WarmPools pools;

  @Produces
  @Singleton
  @Startup
  WarmPools warmPools(RuntimeApiConfig config, Sandboxes sandboxes, MeterRegistry registry) {
    pools = new WarmPools(config, sandboxes, registry).begin(config.pollInterval().toMillis());
    return pools;
  }

  /** Before any bean goes: a member started after the sandboxes were stopped would outlive us. */
  void onStop(@Observes ShutdownEvent event) {
    shutdown();
  }

  @PreDestroy
  void shutdown() {
    if (pools != null) {
      pools.close();
    }
  }
}
