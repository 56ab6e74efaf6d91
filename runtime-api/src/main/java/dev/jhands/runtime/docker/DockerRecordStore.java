package dev.jhands.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.backend.Inspection;
import dev.jhands.runtime.sandbox.RecordStore;
import dev.jhands.runtime.sandbox.SandboxRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The records of the docker backend are the engine's own objects: a runtime is its volume (and
 * container) labelled with this namespace, and its status is what the engine says of the container.
 * A running container is {@code starting} until its URL answers; an exited one is an {@code error}
 * with its exit code and last output; a volume without a container (or with one that never ran) is
 * {@code paused}; a runtime with neither is gone, which is what stopping it does. Each of these
 * changes with one engine call, so a runtime API killed between two calls finds a consistent state,
 * never a record that says one thing while the engine holds another. Nothing is written on {@link
 * #save}: there is nothing the engine does not already know. A warm member a tenant claimed is the
 * exception that labels cannot express: its claim marker ({@link ClaimMarkers}) holds the claimed
 * record, made with the claim's one engine call, and read over the member's own labels.
 */
public final class DockerRecordStore implements RecordStore {

  private static final Logger LOG = Logger.getLogger(DockerRecordStore.class);

  private final DockerClient docker;
  private final RuntimeApiConfig.Docker config;
  private final DockerBackend backend;
  private final ReadinessProbe probe = new ReadinessProbe();

  public DockerRecordStore(DockerClient docker, RuntimeApiConfig config, DockerBackend backend) {
    this.docker = docker;
    this.config = config.docker();
    this.backend = backend;
  }

  @Override
  public List<SandboxRecord> loadAll() {
    Map<String, String> ours = Map.of(DockerLabels.NAMESPACE, config.namespace());
    Map<String, Map<String, String>> volumes = new HashMap<>();
    for (InspectVolumeResponse volume : volumesOf(ours)) {
      if (DockerLabels.complete(volume.getLabels())) {
        volumes.put(volume.getLabels().get(DockerLabels.RUNTIME_ID), volume.getLabels());
      }
    }
    Map<String, Container> containers = new HashMap<>();
    Map<String, Map<String, String>> claims = new HashMap<>();
    for (Container container :
        docker.listContainersCmd().withShowAll(true).withLabelFilter(ours).exec()) {
      Map<String, String> labels = container.getLabels();
      if (DockerLabels.isClaim(labels) && DockerLabels.complete(labels)) {
        claims.put(labels.get(DockerLabels.RUNTIME_ID), labels);
      } else if (DockerLabels.complete(labels)) {
        containers.put(labels.get(DockerLabels.RUNTIME_ID), container);
      }
    }
    List<SandboxRecord> records = new ArrayList<>();
    Set<String> runtimeIds = new LinkedHashSet<>(volumes.keySet());
    runtimeIds.addAll(containers.keySet());
    runtimeIds.addAll(claims.keySet());
    for (String runtimeId : runtimeIds) {
      try {
        // A claimed member is its tenant's: the marker's record wins over the pool's labels.
        Map<String, String> identity = claims.getOrDefault(runtimeId, volumes.get(runtimeId));
        records.add(record(identity, containers.get(runtimeId)));
      } catch (RuntimeException e) {
        // One runtime the engine no longer answers for, or with unreadable labels, must not hide
        // the others.
        LOG.errorf(e, "skipping runtime %s", runtimeId);
      }
    }
    return probe.promoteReady(records);
  }

  private SandboxRecord record(Map<String, String> recorded, Container listed) {
    Map<String, String> identity = recorded != null ? recorded : listed.getLabels();
    long now = System.currentTimeMillis();
    if (listed == null) {
      return paused(identity, null, now);
    }
    InspectContainerResponse container;
    try {
      container = docker.inspectContainerCmd(listed.getId()).exec();
    } catch (NotFoundException e) {
      return paused(identity, null, now);
    }
    Map<String, String> labels = container.getConfig().getLabels();
    InspectContainerResponse.ContainerState state = container.getState();
    boolean neverRan = "created".equals(state.getStatus());
    String error = state.getError();
    if (neverRan && (error == null || error.isBlank())) {
      return paused(identity, labels, now);
    }
    Inspection inspection = backend.inspect(container.getId());
    RuntimeStatus status = inspection.alive() ? RuntimeStatus.STARTING : RuntimeStatus.ERROR;
    // The start time bounds the readiness wait across a restart of the runtime API.
    long since = inspection.alive() ? millis(state.getStartedAt(), now) : now;
    return DockerLabels.record(
        identity,
        labels,
        config.publishHost(),
        status,
        inspection.detail(),
        container.getId(),
        since);
  }

  private SandboxRecord paused(Map<String, String> identity, Map<String, String> labels, long now) {
    return DockerLabels.record(
        identity, labels, config.publishHost(), RuntimeStatus.PAUSED, null, null, now);
  }

  /**
   * Claims a warm member with one engine call, its claim marker: the engine makes it only once (see
   * {@link ClaimMarkers}). One runtime API per namespace, so a session is not raced for here.
   */
  @Override
  public Transfer transfer(SandboxRecord from, SandboxRecord to) {
    return backend.claims().create(to) ? Transfer.DONE : Transfer.MEMBER_TAKEN;
  }

  @Override
  public void save(SandboxRecord record) {
    // The engine holds every part of the record already (see the class comment).
  }

  private List<InspectVolumeResponse> volumesOf(Map<String, String> labels) {
    List<String> filter =
        labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    List<InspectVolumeResponse> volumes =
        docker.listVolumesCmd().withFilter("label", filter).exec().getVolumes();
    return volumes == null ? List.of() : volumes;
  }

  private static long millis(String instant, long fallback) {
    try {
      return Instant.parse(instant).toEpochMilli();
    } catch (RuntimeException e) {
      return fallback;
    }
  }
}
