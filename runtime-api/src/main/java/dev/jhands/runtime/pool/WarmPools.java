package dev.jhands.runtime.pool;

import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.events.runtime.StartRuntimeRequest;
import dev.jhands.events.runtime.WarmRuntimeConfig;
import dev.jhands.events.server.InitRequest;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.sandbox.RandomIds;
import dev.jhands.runtime.sandbox.RecordStore;
import dev.jhands.runtime.sandbox.SandboxException;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import dev.jhands.runtime.tenant.Tenant;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Serves {@code /start} from the warm pools: a start that matches a pool claims a ready member
 * (atomically, in {@link Sandboxes#reserveWarm} and {@link Sandboxes#recordWarm}), activates it
 * with {@code POST /api/init} carrying a fresh session key and the caller's environment and
 * webhooks, and answers it {@code running}. A miss starts cold as before, and never waits for a
 * member. Every claim wakes the keeper at once to refill; it also runs every poll interval to see
 * members become ready.
 */
public final class WarmPools implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(WarmPools.class);
  // Well past an activation's own timeout (InitClient): a claim this old is no longer activating.
  private static final Duration SETTLED = Duration.ofSeconds(30);
  private static final String INTERRUPTED =
      "warm claim interrupted: the runtime API went down before activating it; resume it or start"
          + " again";

  private final Sandboxes sandboxes;
  private final List<WarmPool> pools;
  private final Map<String, PoolMetrics> metrics = new LinkedHashMap<>();
  private final InitClient init = new InitClient();
  private final AtomicBoolean wakeQueued = new AtomicBoolean();
  private final ScheduledExecutorService keeper =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("warm-pool-keeper").unstarted(r));

  public WarmPools(RuntimeApiConfig config, Sandboxes sandboxes, MeterRegistry registry) {
    this(config.warmPools(), sandboxes, registry);
  }

  /** Also for a second instance over the same sandboxes: a restart with another configuration. */
  public WarmPools(
      Map<String, RuntimeApiConfig.WarmPool> configs, Sandboxes sandboxes, MeterRegistry registry) {
    this.sandboxes = sandboxes;
    this.pools =
        configs.entrySet().stream()
            .map(e -> new WarmPool(WarmPoolSpec.of(e.getKey(), e.getValue()), sandboxes, init))
            .toList();
    for (WarmPool pool : pools) {
      metrics.put(pool.spec.name(), new PoolMetrics(registry, pool.spec.name(), pool::readyCount));
    }
  }

  public WarmPools begin(long everyMillis) {
    keeper.execute(this::failInterruptedActivations);
    keeper.scheduleWithFixedDelay(this::reconcileSafely, 0, everyMillis, TimeUnit.MILLISECONDS);
    return this;
  }

  /**
   * After a restart: a claim recorded by a runtime API that died before its {@code POST /api/init}
   * left a tenant's runtime whose server is still dormant, refusing the key the tenant holds. It
   * says {@code error} then, not {@code running} (a resume relaunches it active with that key; a
   * new start replaces it). Found by asking every tenant's live runtime whose environment does not
   * ask for deferred init, all at once. With a shared store only claims older than {@link
   * #SETTLED}: another replica's claim may be activating at that very moment.
   */
  public void failInterruptedActivations() {
    long settledBefore =
        sandboxes.sharedStore() ? System.currentTimeMillis() - SETTLED.toMillis() : Long.MAX_VALUE;
    List<SandboxRecord> candidates =
        sandboxes.all().stream()
            .filter(
                r -> r.status() == RuntimeStatus.RUNNING || r.status() == RuntimeStatus.STARTING)
            .filter(r -> r.url() != null && !WarmPoolSpec.isPoolOwner(r.tenant()))
            .filter(r -> !"true".equals(r.environment().get(WarmPoolSpec.DEFERRED_INIT)))
            .filter(r -> r.statusSince() < settledBefore)
            .toList();
    try (ExecutorService askers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (SandboxRecord runtime : candidates) {
        askers.execute(
            () -> {
              if ("dormant".equals(init.state(runtime.url()))) {
                sandboxes
                    .failIfUnchanged(runtime, INTERRUPTED)
                    .ifPresent(r -> LOG.warnf("runtime %s: %s", r.runtimeId(), INTERRUPTED));
              }
            });
      }
    }
  }

  /** The pools as {@code GET /api/warm-runtime-configs} lists them. */
  public List<WarmRuntimeConfig> configs() {
    return pools.stream().map(p -> p.spec.toWire()).toList();
  }

  public SandboxRecord start(Tenant tenant, StartRuntimeRequest request) {
    Optional<WarmPool> pool = pools.stream().filter(p -> p.spec.matches(request)).findFirst();
    if (pool.isEmpty()) {
      return sandboxes.start(tenant, request);
    }
    String sessionId = request.sessionId() != null ? request.sessionId() : RandomIds.id();
    StartRuntimeRequest named = withSession(request, sessionId);
    boolean reuse =
        sandboxes
            .bySession(tenant, sessionId)
            .filter(r -> r.status() != RuntimeStatus.STOPPED && r.status() != RuntimeStatus.ERROR)
            .isPresent();
    if (reuse) {
      // The session's runtime is answered as it is: neither a hit nor a miss.
      return sandboxes.start(tenant, named);
    }
    PoolMetrics figures = metrics.get(pool.get().spec.name());
    long began = System.nanoTime();
    Optional<Served> served = claim(pool.get(), tenant, named);
    if (served.isPresent()) {
      if (served.get().hit()) {
        figures.hits.increment();
        figures.claims.record(System.nanoTime() - began, TimeUnit.NANOSECONDS);
      }
      return served.get().record();
    }
    figures.misses.increment();
    return sandboxes.start(tenant, named);
  }

  /** A claimed member ({@code hit}), or the runtime another replica started for the session. */
  private record Served(SandboxRecord record, boolean hit) {}

  private Optional<Served> claim(WarmPool pool, Tenant tenant, StartRuntimeRequest request) {
    for (SandboxRecord member : pool.readyMembers()) {
      SandboxRecord claimed = Claims.handOver(member, tenant, request, RandomIds.key());
      RecordStore.Transfer transfer = sandboxes.reserveWarm(tenant, member, claimed);
      if (transfer == RecordStore.Transfer.SESSION_TAKEN) {
        // The session holds a runtime: the start answers it, neither hit nor miss.
        return Optional.of(new Served(sandboxes.start(tenant, request), false));
      }
      if (transfer == RecordStore.Transfer.MEMBER_TAKEN) {
        continue;
      }
      pool.forget(member.runtimeId());
      InitRequest activation =
          ActivationRequests.of(claimed.sessionApiKey(), request.environment());
      try {
        if (sandboxes.sharedStore()) {
          // Other replicas claim from the same store: it decides before the member is touched.
          transfer = sandboxes.recordWarm(member, claimed);
          if (transfer == RecordStore.Transfer.SESSION_TAKEN) {
            return Optional.of(new Served(sandboxes.start(tenant, request), false));
          }
          if (transfer == RecordStore.Transfer.MEMBER_TAKEN) {
            continue;
          }
          init.activate(member.url(), member.sessionApiKey(), activation);
        } else {
          // One writer: the reservation decided, so the record (an engine call on Docker) is
          // written while the member activates, not before.
          CompletableFuture<Void> activating =
              CompletableFuture.runAsync(
                  () -> activate(member, activation), r -> Thread.ofVirtual().start(r));
          transfer = sandboxes.recordWarm(member, claimed);
          join(activating);
          if (transfer != RecordStore.Transfer.DONE) {
            throw new IllegalStateException("the record store refused the claim: " + transfer);
          }
        }
        return Optional.of(new Served(claimed, true));
      } catch (IOException | RuntimeException e) {
        // Ours now, and unusable: stopped, and the caller gets a cold start instead.
        LOG.warnf(
            "warm pool %s: activating %s failed: %s",
            pool.spec.name(), member.runtimeId(), e.getMessage());
        discard(pool, tenant, member.runtimeId());
        return Optional.empty();
      } finally {
        // Refilled once the caller's sandbox is active: a new member's start (a fork, a JVM
        // booting) would otherwise compete with the activation the caller waits for.
        wakeKeeper();
      }
    }
    return Optional.empty();
  }

  private void activate(SandboxRecord member, InitRequest activation) {
    try {
      init.activate(member.url(), member.sessionApiKey(), activation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void join(CompletableFuture<Void> activating) throws IOException {
    try {
      activating.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** Stops a member the claim failed with: the tenant's if the claim stands, else its pool's. */
  private void discard(WarmPool pool, Tenant tenant, String runtimeId) {
    try {
      sandboxes.stop(tenant, runtimeId);
    } catch (SandboxException notTheTenants) {
      sandboxes.stop(pool.owner(), runtimeId);
    }
  }

  /**
   * Refills at once after a claim. A burst of claims wakes it once, not once each: a round counts
   * every claim made before it begins, and on a shared store it reads the whole store back.
   */
  private void wakeKeeper() {
    if (wakeQueued.compareAndSet(false, true)) {
      keeper.execute(
          () -> {
            wakeQueued.set(false);
            reconcileSafely();
          });
    }
  }

  /** Runs one round of every pool now, on the caller's thread; for tests and benchmarks. */
  public void reconcile() {
    pools.forEach(WarmPool::reconcile);
  }

  private void reconcileSafely() {
    for (WarmPool pool : pools) {
      try {
        pool.reconcile();
      } catch (RuntimeException e) {
        if (keeper.isShutdown()) {
          return; // interrupted by close(): nothing went wrong
        }
        LOG.errorf(e, "warm pool %s: keeping it failed", pool.spec.name());
      }
    }
  }

  private static StartRuntimeRequest withSession(StartRuntimeRequest r, String sessionId) {
    return new StartRuntimeRequest(
        r.image(),
        r.command(),
        r.workingDir(),
        r.environment(),
        sessionId,
        r.resourceFactor(),
        r.runtimeClass(),
        r.runAsUser(),
        r.runAsGroup(),
        r.fsGroup(),
        r.imagePullPolicy());
  }

  @Override
  public void close() {
    keeper.shutdownNow();
    try {
      // A round under way may be starting a member: let it be recorded before the sandboxes stop.
      keeper.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
