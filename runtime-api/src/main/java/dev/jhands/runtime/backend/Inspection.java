package dev.jhands.runtime.backend;

/**
 * Whether a sandbox runs; when it does not, a detail for {@code status_detail}. {@code ready} is
 * the backend's own word on readiness when it has one (a pod's Ready condition, which the kubelet
 * sets from the readiness probe on {@code /alive}); null means the backend cannot tell, and the
 * runtime API probes {@code <url>/alive} itself.
 */
public record Inspection(boolean alive, String detail, Boolean ready) {

  /** Runs; readiness is for the runtime API to probe. */
  public static Inspection running() {
    return new Inspection(true, null, null);
  }

  /** Runs, and the backend says whether it is ready. */
  public static Inspection running(boolean ready) {
    return new Inspection(true, null, ready);
  }

  /** Runs but is not ready; the detail says what it waits for, should it never get ready. */
  public static Inspection waiting(String detail) {
    return new Inspection(true, detail, false);
  }

  public static Inspection gone(String detail) {
    return new Inspection(false, detail, null);
  }

  public boolean reportsReadiness() {
    return ready != null;
  }
}
