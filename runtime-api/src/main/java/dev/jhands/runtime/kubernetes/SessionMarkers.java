package dev.jhands.runtime.kubernetes;

import dev.jhands.runtime.sandbox.SandboxRecord;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

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

  private SessionMarkers() {}

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
