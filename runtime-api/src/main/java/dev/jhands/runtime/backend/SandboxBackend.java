package dev.jhands.runtime.backend;

import dev.jhands.events.runtime.ImageExists;

/**
 * Where sandboxes run: local processes now, Docker and Kubernetes later. A backend keeps no state
 * of its own that matters across restarts: whatever it needs to find a sandbox again is in the
 * {@code handle} it returns, which the record files keep. Listing the recorded sandboxes is
 * therefore the record store's job, and a backend only has to answer for one handle at a time.
 */
public interface SandboxBackend extends AutoCloseable {

  /** Launches the sandbox and returns at once, without waiting for it to be ready. */
  Launch start(LaunchSpec spec) throws BackendException;

  /** Ends the sandbox's processes and keeps its workspace. */
  void pause(String runtimeId, String handle);

  /** Starts a paused sandbox again over the workspace it kept. */
  default Launch resume(LaunchSpec spec) throws BackendException {
    return start(spec);
  }

  /** Ends the sandbox for good and frees what it held. */
  void stop(String runtimeId, String handle);

  /** Whether the sandbox behind the handle still runs, and if not, why. */
  Inspection inspect(String handle);

  /**
   * {@code GET /image_exists}: whether a sandbox of this image can start without a build. A backend
   * that cannot tell (processes have no images; a cluster pulls from registries the runtime API may
   * not reach) says it exists, with nothing known of it.
   */
  default ImageExists image(String ref) throws BackendException {
    return new ImageExists(true, new ImageExists.Image(null, 0L));
  }

  /** Lets go of what the backend holds open (watches, connections); sandboxes keep running. */
  @Override
  default void close() {}
}
