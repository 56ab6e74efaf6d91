package dev.jhands.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import dev.jhands.runtime.sandbox.SandboxRecord;
import org.jboss.logging.Logger;

/**
 * A warm member's claim, held by the engine. Labels cannot change, so a claimed member's container
 * and volume go on saying they belong to the pool; the claim is a container named after the member
 * ({@code <namespace>-<runtime_id>-claim}) and labelled with the claimed record, which is created
 * and never started (no process, no memory: a few bytes of metadata). The engine refuses a second
 * container of one name with 409, so creating it is a compare-and-set: of two claims of a member,
 * one makes the marker and the other is refused. The record store reads it over the member's
 * labels; a stop removes it after the container and the volume.
 */
final class ClaimMarkers {

  private static final Logger LOG = Logger.getLogger(ClaimMarkers.class);

  /** Never run: create checks the image, not the entrypoint, and nothing ever starts a marker. */
  private static final String NEVER_RUN = "/dev/null/claim-marker";

  private final DockerClient docker;
  private final String namespace;
  private final EngineObjects engine;

  ClaimMarkers(DockerClient docker, String namespace) {
    this.docker = docker;
    this.namespace = namespace;
    this.engine = new EngineObjects(docker);
  }

  /** After the container and the volume: a stop cut short then still lists the runtime. */
  void remove(String runtimeId) {
    engine.removeContainer(name(runtimeId));
  }

  /** Whether this call made the member's marker (and so holds the claim). */
  boolean create(SandboxRecord claimed) {
    try {
      docker
          .createContainerCmd(claimed.image())
          .withName(name(claimed.runtimeId()))
          .withLabels(DockerLabels.claim(namespace, claimed))
          .withEntrypoint(NEVER_RUN)
          .withNetworkDisabled(true)
          .exec();
      return true;
    } catch (ConflictException e) {
      return false;
    } catch (DockerException e) {
      // Not claimed: the member stays in its pool and the start goes cold. A marker the engine
      // made before failing to answer would claim it for a key nobody was given.
      LOG.warnf("cannot claim member %s: %s", claimed.runtimeId(), e.getMessage());
      engine.removeContainer(name(claimed.runtimeId()));
      return false;
    }
  }

  String name(String runtimeId) {
    return namespace + "-" + runtimeId + "-claim";
  }
}
