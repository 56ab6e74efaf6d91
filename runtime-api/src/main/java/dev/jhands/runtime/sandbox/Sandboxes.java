package dev.jhands.runtime.sandbox;

import dev.jhands.events.runtime.ImageExists;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.events.runtime.StartRuntimeRequest;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.backend.BackendException;
import dev.jhands.runtime.backend.Inspection;
import dev.jhands.runtime.backend.Launch;
import dev.jhands.runtime.backend.LaunchSpec;
import dev.jhands.runtime.backend.SandboxBackend;
import dev.jhands.runtime.tenant.Tenant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * The runtimes of every tenant, kept in memory and in the record store (files, or Secrets on
 * Kubernetes). Every change goes to the store before it is answered, so a restarted runtime API
 * finds what the old one promised. One lock for all the bookkeeping (caps, session reuse, claims),
 * which is quick; the one slow step of a start, the backend's launch, runs outside it.
 */
public final class Sandboxes {

  /** The states that hold a slot of the tenant's cap. */
  private static final Set<RuntimeStatus> HOLDING =
      Set.of(RuntimeStatus.STARTING, RuntimeStatus.RUNNING, RuntimeStatus.PAUSED);

  private static final Logger LOG = Logger.getLogger(Sandboxes.class);

  private final RuntimeApiConfig config;
  private final RecordStore store;
  private final SandboxBackend backend;
  private final Map<String, SandboxRecord> byId = new LinkedHashMap<>();
  // When each record was last known to be in the store: written by us, or read back.
  private final Map<String, Long> confirmedAt = new HashMap<>();
  // Launches and warm claims under way outside the lock, by runtime id: a start of the same
  // session waits for them. A warm claim the store refused settles as null.
  private final Map<String, CompletableFuture<SandboxRecord>> settling = new HashMap<>();

  public Sandboxes(RuntimeApiConfig config, RecordStore store, SandboxBackend backend) {
    this.config = config;
    this.store = store;
    this.backend = backend;
    long loading = now();
    for (SandboxRecord record : store.loadAll()) {
      byId.put(record.runtimeId(), adopt(record));
      confirmedAt.put(record.runtimeId(), loading);
    }
  }

  /**
   * A recorded runtime whose processes still run is taken over as it is; one whose processes are
   * gone is an error. Nothing is started here, so a restart never duplicates a sandbox.
   */
  private SandboxRecord adopt(SandboxRecord record) {
    if (record.handle() == null && record.status() == RuntimeStatus.STARTING) {
      // Claimed, but the runtime API went down before the launch was recorded: whatever the
      // launch made is ended (found by runtime id), unless another replica may still be launching.
      if (!sharedStore()) {
        endQuietly(record);
      }
      SandboxRecord lost =
          record.withStatus(
              RuntimeStatus.ERROR, "start interrupted: the runtime API went down", now());
      store.save(lost);
      return lost;
    }
    if (record.handle() == null || !HOLDING.contains(record.status())) {
      return record;
    }
    Inspection inspection = backend.inspect(record.handle());
    if (inspection.alive()) {
      return record;
    }
    SandboxRecord lost =
        record.withStatus(RuntimeStatus.ERROR, "lost while the runtime API was down", now());
    store.save(lost);
    return lost;
  }

  private void endQuietly(SandboxRecord record) {
    try {
      backend.stop(record.runtimeId(), null);
    } catch (RuntimeException e) {
      LOG.warnf(e, "cannot end what the interrupted start of %s made", record.runtimeId());
    }
  }

  /**
   * Starts the session's runtime, or answers the one it holds. The claim (cap, session, record) is
   * made under the lock; the launch, a fork or an engine call, outside it, so starts of different
   * sessions overlap. A start of a session whose launch is under way waits for that launch and
   * answers its runtime.
   */
  public SandboxRecord start(Tenant tenant, StartRuntimeRequest request) {
    String sessionId = request.sessionId() != null ? request.sessionId() : RandomIds.id();
    Claim claim = claim(tenant, sessionId, request);
    while (claim.pending() != null) {
      SandboxRecord settled;
      try {
        settled = claim.pending().join();
      } catch (CompletionException e) {
        // The launch this start waited for failed: the same answer its own caller got.
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
      if (settled != null) {
        return settled;
      }
      // A warm claim of the session that did not hold: look again.
      claim = claim(tenant, sessionId, request);
    }
    if (claim.launching() == null) {
      return claim.record();
    }
    try {
      SandboxRecord launched = launch(claim.record());
      claim.launching().complete(launched);
      return launched;
    } catch (RuntimeException e) {
      claim.launching().completeExceptionally(e);
      throw e;
    } finally {
      synchronized (this) {
        settling.remove(claim.record().runtimeId());
      }
    }
  }

  /**
   * What a start finds under the lock: the session's runtime to answer as it is ({@code record}), a
   * launch of it under way to wait for ({@code pending}), or a new claim to launch ({@code record}
   * with {@code launching}).
   */
  private record Claim(
      SandboxRecord record,
      CompletableFuture<SandboxRecord> pending,
      CompletableFuture<SandboxRecord> launching) {}

  private synchronized Claim claim(Tenant tenant, String sessionId, StartRuntimeRequest request) {
    // Twice at most: a runtime of this session that another replica left errored is replaced.
    for (int attempt = 0; ; attempt++) {
      Optional<SandboxRecord> previous = latest(tenant, sessionId);
      if (previous.isPresent() && HOLDING.contains(previous.get().status())) {
        CompletableFuture<SandboxRecord> pending = settling.get(previous.get().runtimeId());
        return new Claim(previous.get(), pending, null);
      }
      previous
          .filter(p -> p.status() == RuntimeStatus.ERROR)
          .ifPresent(p -> end(p, "replaced by a new start"));
      checkCap(tenant);
      SandboxRecord claim = SandboxRecord.starting(tenant.name(), sessionId, request, now());
      Optional<SandboxRecord> holder = store.claim(claim);
      if (holder.isEmpty()) {
        byId.put(claim.runtimeId(), claim);
        confirmedAt.put(claim.runtimeId(), now());
        CompletableFuture<SandboxRecord> launch = new CompletableFuture<>();
        settling.put(claim.runtimeId(), launch);
        return new Claim(claim, null, launch);
      }
      // Another replica claimed the session first: answer its runtime, never start a second.
      byId.put(holder.get().runtimeId(), holder.get());
      if (attempt > 0 || HOLDING.contains(holder.get().status())) {
        return new Claim(holder.get(), null, null);
      }
    }
  }

  /**
   * Launches a claimed runtime, outside the lock; if that fails, the claim and whatever was made go
   * again. A claim stopped while it launched (a {@code /stop} of the id {@code /list} showed) stays
   * stopped, and what the launch made is ended.
   */
  private SandboxRecord launch(SandboxRecord claim) {
    LaunchSpec spec = claim.launchSpec(claim.sessionApiKey(), 0);
    Launch launch;
    try {
      launch = backend.start(spec);
    } catch (BackendException e) {
      failed(claim);
      throw new SandboxException(503, "cannot start the sandbox: " + e.getMessage());
    } catch (RuntimeException e) {
      failed(claim);
      throw e;
    }
    SandboxRecord record = claim.launched(launch.handle(), launch.url(), launch.port());
    synchronized (this) {
      if (byId.get(claim.runtimeId()) == claim) {
        save(record);
        return record;
      }
    }
    backend.stop(claim.runtimeId(), launch.handle());
    synchronized (this) {
      return byId.getOrDefault(claim.runtimeId(), record);
    }
  }

  private synchronized void failed(SandboxRecord claim) {
    if (byId.get(claim.runtimeId()) == claim) {
      end(claim, "could not start");
    }
  }

  /**
   * Hands a warm pool's member to a tenant's session as {@code claimed} (the same runtime, with its
   * new owner, key and environment): {@link #reserveWarm}, then {@link #recordWarm}.
   */
  public RecordStore.Transfer claimWarm(
      Tenant tenant, SandboxRecord member, SandboxRecord claimed) {
    RecordStore.Transfer reserved = reserveWarm(tenant, member, claimed);
    return reserved == RecordStore.Transfer.DONE ? recordWarm(member, claimed) : reserved;
  }

  /**
   * The claim's first step, under the lock: if the member is still what the pool read, the session
   * holds no runtime and the tenant has room (else 429), the member is the tenant's in memory, so
   * no other start of this replica takes the member or the session.
   */
  public synchronized RecordStore.Transfer reserveWarm(
      Tenant tenant, SandboxRecord member, SandboxRecord claimed) {
    if (latest(tenant, claimed.sessionId()).filter(r -> HOLDING.contains(r.status())).isPresent()) {
      return RecordStore.Transfer.SESSION_TAKEN;
    }
    if (!member.equals(byId.get(member.runtimeId()))) {
      return RecordStore.Transfer.MEMBER_TAKEN;
    }
    checkCap(tenant);
    byId.put(claimed.runtimeId(), claimed);
    confirmedAt.put(claimed.runtimeId(), now());
    settling.put(claimed.runtimeId(), new CompletableFuture<>());
    return RecordStore.Transfer.DONE;
  }

  /**
   * The claim's second step, outside the lock (on Docker an engine call, on Kubernetes the guarded
   * patch): the store's {@link RecordStore#transfer}, which decides between replicas. If another
   * replica won, the reservation is undone; a reservation stopped meanwhile is ended again, so the
   * store keeps nothing of it.
   */
  public RecordStore.Transfer recordWarm(SandboxRecord member, SandboxRecord claimed) {
    RecordStore.Transfer result = null;
    try {
      result = store.transfer(member, claimed);
      return result;
    } finally {
      settleWarm(member, claimed, result == RecordStore.Transfer.DONE);
    }
  }

  /** Ends a reservation: kept if the store took the claim, else the member is the pool's again. */
  private void settleWarm(SandboxRecord member, SandboxRecord claimed, boolean held) {
    String id = claimed.runtimeId();
    CompletableFuture<SandboxRecord> waiting;
    SandboxRecord stoppedMeanwhile = null;
    SandboxRecord settled;
    synchronized (this) {
      waiting = settling.remove(id);
      SandboxRecord current = byId.get(id);
      if (current == claimed) {
        byId.put(id, held ? claimed : member);
        confirmedAt.put(id, now());
      } else if (held && current != null && current.isStopped()) {
        stoppedMeanwhile = current;
      }
      settled = held ? byId.get(id) : null;
    }
    waiting.complete(settled);
    if (stoppedMeanwhile != null) {
      endQuietly(stoppedMeanwhile);
    }
  }

  /** Whether other replicas write the store too: then {@link #resync} takes in what they did. */
  public boolean sharedStore() {
    return store.resyncInterval().isPresent();
  }

  /** The runtimes of one owner that are not stopped: a warm pool's members, by its own name. */
  public synchronized List<SandboxRecord> held(String owner) {
    return byId.values().stream().filter(r -> r.tenant().equals(owner) && !r.isStopped()).toList();
  }

  public synchronized Optional<SandboxRecord> bySession(Tenant tenant, String sessionId) {
    return latest(tenant, sessionId);
  }

  public synchronized Optional<SandboxRecord> byId(Tenant tenant, String runtimeId) {
    return Optional.ofNullable(byId.get(runtimeId)).filter(r -> r.tenant().equals(tenant.name()));
  }

  /** The tenant's runtimes that are not stopped, oldest first. */
  public synchronized List<SandboxRecord> active(Tenant tenant) {
    return byId.values().stream()
        .filter(r -> r.tenant().equals(tenant.name()) && !r.isStopped())
        .sorted(Comparator.comparingLong(SandboxRecord::createdAt))
        .toList();
  }

  public synchronized SandboxRecord pause(Tenant tenant, String runtimeId) {
    SandboxRecord record = require(tenant, runtimeId);
    switch (record.status()) {
      case PAUSED -> {
        return record;
      }
      case STOPPED -> throw new SandboxException(409, "runtime " + runtimeId + " is stopped");
      default -> {}
    }
    return suspend(record, null);
  }

  private SandboxRecord suspend(SandboxRecord record, String detail) {
    if (record.handle() != null) {
      backend.pause(record.runtimeId(), record.handle());
    }
    SandboxRecord paused = record.withStatus(RuntimeStatus.PAUSED, detail, now()).withoutHandle();
    save(paused);
    return paused;
  }

  public synchronized SandboxRecord resume(Tenant tenant, String runtimeId) {
    SandboxRecord record = require(tenant, runtimeId);
    if (record.status() != RuntimeStatus.PAUSED && record.status() != RuntimeStatus.ERROR) {
      throw new SandboxException(
          409, "runtime " + runtimeId + " is " + record.status().wire() + ", not paused or error");
    }
    if (record.status() == RuntimeStatus.ERROR) {
      checkCap(tenant);
      if (record.handle() != null) {
        backend.pause(runtimeId, record.handle());
      }
    }
    String key = config.rotateKeyOnResume() ? RandomIds.key() : record.sessionApiKey();
    LaunchSpec spec = record.launchSpec(key, record.port());
    Launch launch;
    try {
      launch = backend.resume(spec);
    } catch (BackendException e) {
      throw new SandboxException(503, "cannot resume runtime " + runtimeId + ": " + e.getMessage());
    }
    SandboxRecord resumed =
        record.relaunched(key, launch.handle(), launch.url(), launch.port(), now());
    save(resumed);
    return resumed;
  }

  public synchronized SandboxRecord stop(Tenant tenant, String runtimeId) {
    SandboxRecord record = require(tenant, runtimeId);
    return record.isStopped() ? record : end(record, null);
  }

  /** Every runtime of every tenant, stopped ones too; for housekeeping, which spans tenants. */
  public synchronized List<SandboxRecord> all() {
    return List.copyOf(byId.values());
  }

  /**
   * Pauses a running runtime for housekeeping, only if it is still the version the decision was
   * made on: a client's resume, pause or stop meanwhile wins.
   */
  public synchronized Optional<SandboxRecord> pauseIfUnchanged(SandboxRecord seen, String detail) {
    return byId.get(seen.runtimeId()) == seen && seen.status() == RuntimeStatus.RUNNING
        ? Optional.of(suspend(seen, detail))
        : Optional.empty();
  }

  /** Stops a runtime for housekeeping, only if it is still the version the decision was made on. */
  public synchronized Optional<SandboxRecord> stopIfUnchanged(SandboxRecord seen, String detail) {
    return byId.get(seen.runtimeId()) == seen && !seen.isStopped()
        ? Optional.of(end(seen, detail))
        : Optional.empty();
  }

  /**
   * Says a runtime failed, only if it is still the version the decision was made on; its processes
   * are kept (for their logs, and for a resume) until a stop or resume, as with any error.
   */
  public synchronized Optional<SandboxRecord> failIfUnchanged(SandboxRecord seen, String detail) {
    if (byId.get(seen.runtimeId()) != seen || seen.isStopped()) {
      return Optional.empty();
    }
    SandboxRecord failed = seen.withStatus(RuntimeStatus.ERROR, detail, now());
    save(failed);
    return Optional.of(failed);
  }

  /** Ends every sandbox this instance knows of that still runs; for shutdown in tests. */
  public synchronized void stopAll() {
    byId.values().stream()
        .filter(r -> r.handle() != null)
        .toList()
        .forEach(r -> end(r, "runtime API shut down"));
  }

  /** Whether the backend can start this image without a build (503 if it cannot tell now). */
  public ImageExists image(String ref) {
    try {
      return backend.image(ref);
    } catch (BackendException e) {
      throw new SandboxException(503, "cannot ask for image " + ref + ": " + e.getMessage());
    }
  }

  /** Lets go of the backend's resources; the sandboxes themselves run on. */
  public void close() {
    backend.close();
  }

  synchronized List<SandboxRecord> watched() {
    return byId.values().stream().filter(r -> r.handle() != null).toList();
  }

  /** Applies a change only if the record is still the one it was computed from. */
  synchronized void update(SandboxRecord from, SandboxRecord to) {
    if (byId.get(from.runtimeId()) == from) {
      save(to);
    }
  }

  RuntimeApiConfig config() {
    return config;
  }

  SandboxBackend backend() {
    return backend;
  }

  RecordStore store() {
    return store;
  }

  private SandboxRecord end(SandboxRecord record, String detail) {
    backend.stop(record.runtimeId(), record.handle());
    SandboxRecord stopped = record.withStatus(RuntimeStatus.STOPPED, detail, now()).withoutHandle();
    save(stopped);
    return stopped;
  }

  private void checkCap(Tenant tenant) {
    long held =
        byId.values().stream()
            .filter(r -> r.tenant().equals(tenant.name()) && HOLDING.contains(r.status()))
            .count();
    if (held >= tenant.maxSandboxes()) {
      throw new SandboxException(
          429,
          "sandbox limit reached: "
              + held
              + " of "
              + tenant.maxSandboxes()
              + " in use; stop or pause one first");
    }
  }

  private SandboxRecord require(Tenant tenant, String runtimeId) {
    return byId(tenant, runtimeId)
        .orElseThrow(() -> new SandboxException(404, "runtime " + runtimeId + " not found"));
  }

  private Optional<SandboxRecord> latest(Tenant tenant, String sessionId) {
    return byId.values().stream()
        .filter(r -> r.tenant().equals(tenant.name()) && r.sessionId().equals(sessionId))
        .max(Comparator.comparingLong(SandboxRecord::createdAt));
  }

  private void save(SandboxRecord record) {
    store.save(record);
    byId.put(record.runtimeId(), record);
    confirmedAt.put(record.runtimeId(), now());
  }

  /**
   * Reads a store that other replicas write too and takes in what they changed: what it holds
   * replaces what we knew before the read began, and a record that left the store after we last saw
   * it there was stopped elsewhere. The store is read outside the lock, so the API never waits on
   * it.
   */
  public void resync() {
    long reading = now();
    List<SandboxRecord> stored = store.loadAll();
    merge(stored, reading);
  }

  /** A claim whose replica went down before launching it stays unwatched unless ended here. */
  private Optional<SandboxRecord> abandoned(SandboxRecord record, long reading) {
    boolean stale =
        record.handle() == null
            && record.status() == RuntimeStatus.STARTING
            && reading - record.statusSince() > config.readyTimeout().toMillis();
    return stale
        ? Optional.of(
            record.withStatus(
                RuntimeStatus.ERROR, "start interrupted: its runtime API went down", now()))
        : Optional.empty();
  }

  private synchronized void merge(List<SandboxRecord> stored, long reading) {
    Set<String> seen = new HashSet<>();
    for (SandboxRecord theirs : stored) {
      seen.add(theirs.runtimeId());
      // What we wrote after the read began is newer than what it found; anything else is not.
      // A launch or warm claim of ours under way outside the lock finishes its record itself.
      if (confirmedAt.getOrDefault(theirs.runtimeId(), 0L) < reading
          && !inFlight(theirs.runtimeId())) {
        byId.put(theirs.runtimeId(), theirs);
        confirmedAt.put(theirs.runtimeId(), reading);
        abandoned(theirs, reading).ifPresent(this::save);
      }
    }
    for (SandboxRecord ours : List.copyOf(byId.values())) {
      // Only if we knew it was there before this read began: else the read may predate it.
      if (!ours.isStopped()
          && !seen.contains(ours.runtimeId())
          && !inFlight(ours.runtimeId())
          && confirmedAt.getOrDefault(ours.runtimeId(), Long.MAX_VALUE) < reading) {
        byId.put(
            ours.runtimeId(),
            ours.withStatus(RuntimeStatus.STOPPED, "stopped by another replica", now())
                .withoutHandle());
      }
    }
  }

  private boolean inFlight(String runtimeId) {
    return settling.containsKey(runtimeId);
  }

  static long now() {
    return System.currentTimeMillis();
  }
}
