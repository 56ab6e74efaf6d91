package dev.jhands.runtime.api;

import dev.jhands.events.runtime.PodStatus;
import dev.jhands.events.runtime.Runtime;
import dev.jhands.runtime.sandbox.SandboxRecord;

/** How a record looks on the wire (runtime-api.md §2.9). */
final class RuntimeView {

  private RuntimeView() {}

  /** {@code /start} and list items carry no {@code pod_status}, as the clients expect. */
  static Runtime brief(SandboxRecord r) {
    return of(r, null, null);
  }

  /** {@code /sessions/...} and {@code /runtime/...} add the readiness the SDK and V0 poll. */
  static Runtime full(SandboxRecord r) {
    return of(r, podStatus(r), r.restartCount());
  }

  private static Runtime of(SandboxRecord r, PodStatus pod, Integer restarts) {
    return new Runtime(
        r.runtimeId(),
        r.sessionId(),
        r.url(),
        r.sessionApiKey(),
        r.status(),
        pod,
        r.statusDetail(),
        null,
        restarts,
        null,
        null,
        null,
        null);
  }

  /** Stopped and paused runtimes have no pod; an errored one is a failed one. */
  static PodStatus podStatus(SandboxRecord r) {
    return switch (r.status()) {
      case RUNNING -> PodStatus.READY;
      case STARTING -> PodStatus.PENDING;
      case ERROR -> PodStatus.FAILED;
      case PAUSED, STOPPED -> PodStatus.NOT_FOUND;
    };
  }
}
