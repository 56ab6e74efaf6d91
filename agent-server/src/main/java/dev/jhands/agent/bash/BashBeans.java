package dev.jhands.agent.bash;

import dev.jhands.agent.AgentServerConfig;
import dev.jhands.events.json.Wire;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/**
 * Wires the bash event log (wire mapper, as the conversation store, so the disk format does not
 * depend on Quarkus) and the runner, whose disposal at shutdown kills every running command.
 */
public class BashBeans {

  @Produces
  @Startup
  @ApplicationScoped
  BashEventLog log(AgentServerConfig config) {
    BashEventLog log = new BashEventLog(config.bashEventsDir().toAbsolutePath(), Wire.mapper());
    log.load();
    log.finishInterrupted();
    return log;
  }

  @Produces
  @ApplicationScoped
  BashRunner runner(BashEventLog log) {
    return new BashRunner(log);
  }

  void shutdown(@Disposes BashRunner runner) {
    runner.shutdown();
  }
}
