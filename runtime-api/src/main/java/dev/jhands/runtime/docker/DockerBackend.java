package dev.jhands.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.jhands.events.runtime.ImageExists;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.backend.BackendException;
import dev.jhands.runtime.backend.HostPorts;
import dev.jhands.runtime.backend.Inspection;
import dev.jhands.runtime.backend.Launch;
import dev.jhands.runtime.backend.LaunchSpec;
import dev.jhands.runtime.backend.SandboxBackend;
import java.io.IOException;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sandboxes as Docker containers, one container and one named volume ({@code <namespace>-<id>}) per
 * runtime. Pause removes the container and keeps the volume, so it frees memory and a resume makes
 * a fresh container (with a rotated key if so configured) over the same workspace. The handle is
 * the container id.
 */
public final class DockerBackend implements SandboxBackend {

  private static final Logger LOG = Logger.getLogger(DockerBackend.class);

  /** The handle of a runtime whose image is not in the engine: no container was made. */
  static final String MISSING_IMAGE = "missing-image:";

  private final DockerClient docker;
  private final RuntimeApiConfig.Docker config;
  private final ContainerSpec containers;
  private final ExitDetails exits;
  private final EngineObjects engine;
  private final ClaimMarkers claims;

  public DockerBackend(DockerClient docker, RuntimeApiConfig config) {
    this.docker = docker;
    this.config = config.docker();
    this.containers = new ContainerSpec(this.config);
    this.exits = new ExitDetails(docker, this.config.logTail());
    this.engine = new EngineObjects(docker);
    this.claims = new ClaimMarkers(docker, this.config.namespace());
  }

  /** The claims of warm members, which the record store makes and reads. */
  ClaimMarkers claims() {
    return claims;
  }

  /** The name of the runtime's container and of its volume. */
  String name(String runtimeId) {
    return config.namespace() + "-" + runtimeId;
  }

  @Override
  public ImageExists image(String ref) throws BackendException {
    return engine.image(ref);
  }

  @Override
  public Launch start(LaunchSpec spec) throws BackendException {
    return launch(spec, true);
  }

  @Override
  public Launch resume(LaunchSpec spec) throws BackendException {
    return launch(spec, false);
  }

  /** A fresh runtime's volume goes when its launch fails; a resumed one's holds the workspace. */
  private Launch launch(LaunchSpec spec, boolean fresh) throws BackendException {
    // Never pulls: a missing image is the sandbox's error at once, not a wait on a registry.
    if (!engine.imagePresent(spec.image())) {
      return new Launch(MISSING_IMAGE + spec.image(), null, 0);
    }
    String name = name(spec.runtimeId());
    // A resume cut short by a crash of the runtime API may have left a container that never ran.
    engine.removeContainer(name);
    int port =
        spec.preferredPort() > 0 && HostPorts.isFree(config.publishHost(), spec.preferredPort())
            ? spec.preferredPort()
            : 0;
    try {
      try {
        return launch(spec, name, port > 0 ? port : freePort());
      } catch (PortTaken e) {
        // Someone took the port between the check and the engine's bind: one more, fresh one.
        engine.removeContainer(name);
        return launch(spec, name, freePort());
      }
    } catch (BackendException e) {
      // Nothing half-made stays behind to be mistaken for a paused runtime after a restart.
      engine.removeContainer(name);
      if (fresh) {
        engine.removeVolume(name);
      }
      throw e;
    }
  }

  private Launch launch(LaunchSpec spec, String name, int port) throws BackendException {
    Map<String, String> labels =
        DockerLabels.of(config.namespace(), spec, port, System.currentTimeMillis());
    String id;
    try {
      id = containers.create(docker, name, spec, port, labels).exec().getId();
      WorkspaceOwner.apply(
          docker,
          id,
          config.workspace(),
          containers.workingDir(spec),
          containers.user(spec.options()));
    } catch (DockerException e) {
      throw new BackendException("docker: " + e.getMessage(), e);
    }
    try {
      docker.startContainerCmd(id).exec();
    } catch (DockerException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("port is already allocated") || message.contains("address already")) {
        throw new PortTaken();
      }
      // Any other refusal (no such executable, a bad working directory) is the sandbox's error:
      // the container stays, and its state says why.
      LOG.infof("container %s did not start: %s", name, message);
    }
    return new Launch(id, "http://" + config.publishHost() + ":" + port, port);
  }

  @Override
  public void pause(String runtimeId, String handle) {
    engine.stopAndRemoveContainer(name(runtimeId), config.stopGrace());
    if (handle != null) {
      exits.forget(handle);
    }
  }

  @Override
  public void stop(String runtimeId, String handle) {
    pause(runtimeId, handle);
    engine.removeVolume(name(runtimeId));
    claims.remove(runtimeId);
  }

  @Override
  public Inspection inspect(String handle) {
    if (handle.startsWith(MISSING_IMAGE)) {
      return Inspection.gone(
          "image "
              + handle.substring(MISSING_IMAGE.length())
              + " is not in the Docker engine (this backend does not pull: build or pull it"
              + " first)");
    }
    InspectContainerResponse container;
    try {
      container = docker.inspectContainerCmd(handle).exec();
    } catch (NotFoundException e) {
      return Inspection.gone("the container was removed");
    }
    return exits.inspect(container);
  }

  private int freePort() throws BackendException {
    try {
      return HostPorts.free(config.publishHost());
    } catch (IOException e) {
      throw new BackendException("no free port on " + config.publishHost(), e);
    }
  }

  /** The engine could not bind the published port. */
  private static final class PortTaken extends BackendException {
    PortTaken() {
      super("port taken", null);
    }
  }
}
