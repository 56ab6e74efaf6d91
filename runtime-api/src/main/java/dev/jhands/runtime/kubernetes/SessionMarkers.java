package dev.jhands.runtime.kubernetes;

import dev.jhands.runtime.sandbox.SandboxRecord;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.SecretList;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A claimed warm member's hold on its new session. A cold start claims a session by creating the
 * Secret named after it ({@link KubernetesNames#secretName}); a claimed member keeps its pool's
 * record Secret (its pods read their environment from it), so the claim first creates a small
 * Secret of that same name, with no data, labelled with the member's runtime id: only one of a warm
 * and a cold claim of one session can create it (409 AlreadyExists for the other). A cold start
 * that finds one answers the runtime it points to. It goes with the runtime (it carries the runtime
 * label the stop deletes by, and is owned by the member's Secret for a cluster's collector).
 */
final class SessionMarkers {

  /**
   * How long a marker may point to a member not yet claimed for its session: the claim patches the
   * member a few milliseconds after making the marker, so an older one was left by a replica that
   * died in between (or lost the member and could not remove it) and is removed.
   */
  static final Duration IN_FLIGHT = Duration.ofSeconds(30);

  private static final Logger LOG = Logger.getLogger(SessionMarkers.class);

  private final NonNamespaceOperation<Secret, SecretList, Resource<Secret>> secrets;

  SessionMarkers(NonNamespaceOperation<Secret, SecretList, Resource<Secret>> secrets) {
    this.secrets = secrets;
  }

  /** Takes the claimed session for the member; empty if another runtime holds it. */
  Optional<Secret> create(SandboxRecord claimed, Secret member) {
    try {
      return Optional.of(secrets.resource(of(claimed, member)).create());
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Deletes a marker as it was read, never one made since by another claim. */
  void release(Secret marker) {
    String name = marker.getMetadata().getName();
    try {
      secrets
          .withName(name)
          .lockResourceVersion(marker.getMetadata().getResourceVersion())
          .delete();
    } catch (KubernetesClientException e) {
      // Gone already (its runtime stopped), or replaced: either way not ours to delete.
      LOG.debugf("session marker %s not removed: %s", name, e.getMessage());
    }
  }

  /**
   * Removes the markers of claims cut short between marker and patch (pointing to a runtime whose
   * record is not for their session, and too old to be under way): their sessions are free again.
   */
  void sweep(List<Secret> markers, Map<String, SandboxRecord> records, long now) {
    for (Secret marker : markers) {
      SandboxRecord held = records.get(runtimeOf(marker));
      if ((held == null || !holds(marker, held)) && !inFlight(marker, now)) {
        LOG.infof(
            "removing session marker %s of an unfinished claim", marker.getMetadata().getName());
        release(marker);
      }
    }
  }

  static Secret of(SandboxRecord claimed, Secret member) {
    Map<String, String> labels =
        new LinkedHashMap<>(KubernetesNames.labels(claimed.runtimeId(), KubernetesNames.SESSION));
    labels.put(
        KubernetesNames.SESSION_HASH,
        KubernetesNames.sessionHash(claimed.tenant(), claimed.sessionId()));
    return new SecretBuilder()
        .withNewMetadata()
        .withName(KubernetesNames.secretName(claimed.tenant(), claimed.sessionId()))
        .withLabels(labels)
        .withAnnotations(
            Map.of(
                KubernetesNames.TENANT_ANNOTATION, claimed.tenant(),
                KubernetesNames.SESSION_ANNOTATION, claimed.sessionId(),
                KubernetesNames.CLAIMED_AT_ANNOTATION, Long.toString(System.currentTimeMillis())))
        .withOwnerReferences(
            new OwnerReferenceBuilder()
                .withApiVersion("v1")
                .withKind("Secret")
                .withName(member.getMetadata().getName())
                .withUid(member.getMetadata().getUid())
                .build())
        .endMetadata()
        .withType("Opaque")
        .build();
  }

  static boolean isMarker(Secret secret) {
    return KubernetesNames.SESSION.equals(label(secret, KubernetesNames.COMPONENT));
  }

  static String runtimeOf(Secret marker) {
    return label(marker, KubernetesNames.RUNTIME);
  }

  /** Whether the record is the one the marker holds the session for: the claim is complete. */
  static boolean holds(Secret marker, SandboxRecord record) {
    Map<String, String> annotations = marker.getMetadata().getAnnotations();
    return annotations != null
        && record.runtimeId().equals(runtimeOf(marker))
        && record.tenant().equals(annotations.get(KubernetesNames.TENANT_ANNOTATION))
        && record.sessionId().equals(annotations.get(KubernetesNames.SESSION_ANNOTATION));
  }

  /** Whether the claim that made it may still be under way. */
  static boolean inFlight(Secret marker, long now) {
    Map<String, String> annotations = marker.getMetadata().getAnnotations();
    try {
      long at = Long.parseLong(annotations.get(KubernetesNames.CLAIMED_AT_ANNOTATION));
      return now - at < IN_FLIGHT.toMillis();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String label(Secret secret, String key) {
    Map<String, String> labels = secret.getMetadata().getLabels();
    return labels == null ? null : labels.get(key);
  }
}
