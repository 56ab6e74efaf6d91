package dev.jhands.runtime.housekeeping;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.pool.WarmPoolSpec;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Applies the housekeeping rules to every runtime of every tenant each {@code interval}: idle
 * running sandboxes are paused, runtimes past {@code max-lifetime} stopped, long-paused ones
 * removed. It acts only through {@link Sandboxes}, so each backend does the work as for a client's
 * {@code /pause} or {@code /stop}, the record store learns of it, and nothing here survives a
 * restart but what the records say: clocks run from the records' own times.
 */
@ApplicationScoped
public class HousekeepingService {

  private static final Logger LOG = Logger.getLogger(HousekeepingService.class);

  private final Sandboxes sandboxes;
  private final RuntimeApiConfig.Housekeeping config;
  private final HousekeepingRules rules;
  private final ServerInfoClient serverInfo;
  private ScheduledExecutorService timer;

  public HousekeepingService(Sandboxes sandboxes, RuntimeApiConfig config, ObjectMapper mapper) {
    this.sandboxes = sandboxes;
    this.config = config.housekeeping();
    this.rules = new HousekeepingRules(this.config);
    this.serverInfo = new ServerInfoClient(mapper);
  }

  void begin(@Observes StartupEvent started) {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("housekeeping").unstarted(r));
    long every = config.interval().toMillis();
    timer.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.MILLISECONDS);
  }

  void end(@Observes ShutdownEvent stopping) {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  private void sweepSafely() {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.error("housekeeping failed", e);
    }
  }

  /** One round over every runtime; the idle probes run at once, outside the sandboxes' lock. */
  void sweep() {
    long now = System.currentTimeMillis();
    List<SandboxRecord> probed = new ArrayList<>();
    List<CompletableFuture<OptionalDouble>> answers = new ArrayList<>();
    for (SandboxRecord record : sandboxes.all()) {
      if (WarmPoolSpec.isPoolOwner(record.tenant())) {
        // A dormant member is idle by design; its pool replaces or keeps it.
        continue;
      }
      var verdict = rules.byClock(record, now);
      if (verdict.isPresent()) {
        apply(record, verdict.get());
      } else if (rules.wantsIdleTime(record)) {
        probed.add(record);
        answers.add(serverInfo.idleSeconds(record));
      }
    }
    for (int i = 0; i < probed.size(); i++) {
      SandboxRecord record = probed.get(i);
      rules.byIdleTime(record, answers.get(i).join()).ifPresent(v -> apply(record, v));
    }
  }

  private void apply(SandboxRecord record, HousekeepingRules.Verdict verdict) {
    try {
      var done =
          verdict.stop()
              ? sandboxes.stopIfUnchanged(record, verdict.detail())
              : sandboxes.pauseIfUnchanged(record, verdict.detail());
      done.ifPresent(
          r -> LOG.infof("runtime %s of %s: %s", r.runtimeId(), r.tenant(), verdict.detail()));
    } catch (RuntimeException e) {
      // One runtime the backend cannot act on must not keep the others from their turn.
      LOG.errorf(e, "housekeeping of runtime %s failed", record.runtimeId());
    }
  }
}
