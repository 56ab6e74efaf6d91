package dev.jhands.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.jhands.events.runtime.ImageExists;
import dev.jhands.runtime.backend.BackendException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The engine calls the backend makes by name, each one idempotent: what is already gone counts as
 * done, so a pause or stop repeated after a crash of the runtime API simply finishes the job.
 */
final class EngineObjects {

  private static final Logger LOG = Logger.getLogger(EngineObjects.class);

  private final DockerClient docker;

  EngineObjects(DockerClient docker) {
    this.docker = docker;
  }

  /** The engine's image of that reference, with its creation time and size, or none. */
  ImageExists image(String ref) throws BackendException {
    try {
      InspectImageResponse image = docker.inspectImageCmd(ref).exec();
      return new ImageExists(true, new ImageExists.Image(image.getCreated(), image.getSize()));
    } catch (NotFoundException e) {
      return new ImageExists(false, null);
    } catch (DockerException e) {
      throw new BackendException("docker: " + e.getMessage(), e);
    }
  }

  boolean imagePresent(String image) throws BackendException {
    try {
      docker.inspectImageCmd(image).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    } catch (DockerException e) {
      throw new BackendException("docker: " + e.getMessage(), e);
    }
  }

  /** SIGTERM, then SIGKILL after the grace period; then the container is removed. */
  void stopAndRemoveContainer(String name, Duration grace) {
    try {
      docker.stopContainerCmd(name).withTimeout((int) grace.toSeconds()).exec();
    } catch (NotFoundException e) {
      return;
    } catch (DockerException e) {
      // Not running, or already stopping: the forced removal below ends it either way.
      LOG.debugf("stopping %s: %s", name, e.getMessage());
    }
    removeContainer(name);
  }

  void removeContainer(String name) {
    try {
      docker.removeContainerCmd(name).withForce(true).exec();
    } catch (NotFoundException e) {
      // Nothing to remove.
    } catch (DockerException e) {
      LOG.warnf("cannot remove container %s: %s", name, e.getMessage());
    }
  }

  void removeVolume(String name) {
    try {
      docker.removeVolumeCmd(name).exec();
    } catch (NotFoundException e) {
      // Never made (a missing image) or already removed.
    } catch (DockerException e) {
      LOG.warnf("cannot remove volume %s: %s", name, e.getMessage());
    }
  }
}
