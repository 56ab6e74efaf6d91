package dev.jhands.runtime.pool;

import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.sandbox.RandomIds;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import dev.jhands.runtime.tenant.Tenant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Keeps one pool at its target: members are started dormant through {@link Sandboxes} (so they are
 * recorded and watched like any runtime), count as ready once their agent server answers {@code GET
 * /api/init} with {@code dormant}, and are stopped when they fail or belong to an older
 * configuration. Never more than {@code target-size} members live, of which at most {@code
 * max-starting} are not yet ready, however often starts fail.
 */
final class WarmPool {

  private static final Logger LOG = Logger.getLogger(WarmPool.class);

  final WarmPoolSpec spec;
  private final Sandboxes sandboxes;
  private final InitClient init;
  private final Tenant owner;
  // Members seen dormant: the only ones handed out.
  private final Set<String> ready = ConcurrentHashMap.newKeySet();

  WarmPool(WarmPoolSpec spec, Sandboxes sandboxes, InitClient init) {
    this.spec = spec;
    this.sandboxes = sandboxes;
    this.init = init;
    this.owner = new Tenant(spec.owner(), Integer.MAX_VALUE);
  }

  Tenant owner() {
    return owner;
  }

  /** Ready members, oldest first: candidates for a claim. */
  List<SandboxRecord> readyMembers() {
    return sandboxes.held(spec.owner()).stream()
        .filter(r -> ready.contains(r.runtimeId()) && r.status() == RuntimeStatus.RUNNING)
        .toList();
  }

  int readyCount() {
    return readyMembers().size();
  }

  /** The member left the pool (claimed, or stopped): it is never offered again. */
  void forget(String runtimeId) {
    ready.remove(runtimeId);
  }

  /**
   * Checks the members and starts what the pool lacks; cheap when nothing changed. When other
   * replicas refill the same pool (a shared store), the store is read back first: each replica
   * counting only its own view would start up to the target each, until the next resync.
   */
  void reconcile() {
    int wanted = wanted();
    if (wanted > 0 && sandboxes.sharedStore()) {
      sandboxes.resync();
      wanted = wanted();
    }
    for (int i = 0; i < wanted; i++) {
      sandboxes.start(owner, spec.memberRequest(spec.memberPrefix() + RandomIds.hex(8)));
    }
  }

  /** How many members to start now; stops the unfit ones on the way. */
  private int wanted() {
    int live = 0;
    int starting = 0;
    for (SandboxRecord member : sandboxes.held(spec.owner())) {
      String why = unfit(member);
      if (why != null) {
        LOG.infof("warm pool %s: stopping member %s: %s", spec.name(), member.runtimeId(), why);
        discard(member);
        continue;
      }
      live++;
      if (!ready.contains(member.runtimeId()) && !becameReady(member)) {
        starting++;
      }
    }
    return Math.min(spec.targetSize() - live, spec.maxStarting() - starting);
  }

  private String unfit(SandboxRecord member) {
    if (!member.sessionId().startsWith(spec.memberPrefix())) {
      return "the pool's configuration changed";
    }
    return switch (member.status()) {
      case ERROR -> "it failed: " + member.statusDetail();
      case PAUSED -> "it was paused";
      default -> null;
    };
  }

  private boolean becameReady(SandboxRecord member) {
    if (member.status() != RuntimeStatus.RUNNING) {
      return false;
    }
    String state = init.state(member.url());
    if ("dormant".equals(state)) {
      ready.add(member.runtimeId());
      return true;
    }
    if (state != null) {
      // Its server is not dormant (an image without deferred init?): it cannot be handed out.
      LOG.warnf(
          "warm pool %s: member %s answers GET /api/init with %s, not dormant",
          spec.name(), member.runtimeId(), state);
    }
    return false;
  }

  private void discard(SandboxRecord member) {
    forget(member.runtimeId());
    try {
      sandboxes.stop(owner, member.runtimeId());
    } catch (RuntimeException e) {
      LOG.warnf(e, "warm pool %s: cannot stop member %s", spec.name(), member.runtimeId());
    }
  }
}
