package dev.jhands.runtime.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where the runtime records live, the only source of truth across restarts: files for local
 * processes, and for the Docker and Kubernetes backends whatever the engine keeps next to the
 * sandbox itself (labels, Secrets), so that the runtime API holds no state of its own.
 */
public interface RecordStore {

  /** Every record, also of stopped runtimes; one unreadable record must not hide the others. */
  List<SandboxRecord> loadAll();

  /** Writes the record whole: after a crash the old or the new version is there, never a mix. */
  void save(SandboxRecord record);

  /**
   * Records a new runtime before anything is launched for it, unless another runtime already holds
   * its tenant's session: then that one is answered and nothing is written. A store that several
   * runtime API replicas share must decide this atomically (on Kubernetes, creating an object whose
   * name derives from tenant and session); one used by a single instance just saves.
   */
  default Optional<SandboxRecord> claim(SandboxRecord record) {
    save(record);
    return Optional.empty();
  }

  /**
   * Moves a running runtime to a new owner (a warm pool's member to the tenant that claims it),
   * unless another claim took the member first, or another runtime holds the new owner's session
   * (another replica started it meanwhile): then nothing is written. A store several replicas share
   * must decide both atomically; one used by a single instance just saves.
   */
  default Transfer transfer(SandboxRecord from, SandboxRecord to) {
    save(to);
    return Transfer.DONE;
  }

  /** How a {@link #transfer} ended. */
  enum Transfer {
    /** The member is the new owner's now. */
    DONE,
    /** Another claim took the member first: another member may do. */
    MEMBER_TAKEN,
    /** Another runtime holds the session: that one is the answer, no member is taken. */
    SESSION_TAKEN
  }

  /**
   * How often to read the store back whole when other runtime API replicas write to it too, so each
   * sees the runtimes the others start and stop; empty for a store with one writer.
   */
  default Optional<Duration> resyncInterval() {
    return Optional.empty();
  }
}
