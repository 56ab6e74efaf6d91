package dev.jhands.agent.bash;

import dev.jhands.agent.settings.ServerSettings;
import dev.jhands.agent.settings.ShellEnvironment;
import dev.jhands.events.json.Wire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/**
 * Wires the bash event log (wire mapper, as the conversation store, so the disk format does not
 * depend on Quarkus) and the runner, whose disposal at shutdown kills every running command. The
 * log is created lazily, from the settings in force when {@code InitService} first touches it (at
 * start, or at activation on a dormant server, which may move {@code bash_events_dir}).
 */
public class BashBeans {

  @Produces
  @ApplicationScoped
  BashEventLog log(ServerSettings settings) {
    BashEventLog log = new BashEventLog(settings.current().bashEventsDir(), Wire.mapper());
    log.load();
    log.finishInterrupted();
    return log;
  }

  @Produces
  @ApplicationScoped
  BashRunner runner(BashEventLog log, ShellEnvironment environment) {
    return new BashRunner(log, environment);
  }

  void shutdown(@Disposes BashRunner runner) {
    runner.shutdown();
  }
}
