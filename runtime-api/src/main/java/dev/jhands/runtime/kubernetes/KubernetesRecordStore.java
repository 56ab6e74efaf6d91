package dev.jhands.runtime.kubernetes;

import static dev.jhands.runtime.kubernetes.KubernetesNames.MANAGED_BY;
import static dev.jhands.runtime.kubernetes.KubernetesNames.MANAGER;
import static dev.jhands.runtime.kubernetes.KubernetesNames.RECORD_KEY;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.sandbox.RecordStore;
import dev.jhands.runtime.sandbox.SandboxException;
import dev.jhands.runtime.sandbox.SandboxRecord;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.SecretList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The records of the kubernetes backend: one Secret per runtime, named after tenant and session
 * ({@link KubernetesNames#secretName}), holding the record as JSON under {@code record} beside the
 * sandbox's environment. A stopped runtime's Secret is deleted with its other objects, so after a
 * restart its session is unknown (404), which clients treat like {@code stopped}; and a record
 * whose Secret is gone is never written again.
 */
public final class KubernetesRecordStore implements RecordStore {

  private static final Logger LOG = Logger.getLogger(KubernetesRecordStore.class);

  private final KubernetesClient client;
  private final String namespace;
  private final ObjectMapper json =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Duration resyncInterval;
  private final SessionMarkers markers;

  /** A session whose marker's claim is under way is re-read this often, this many times. */
  private static final Duration CLAIM_WAIT = Duration.ofMillis(25);

  private static final int CLAIM_ATTEMPTS = 120;

  public KubernetesRecordStore(KubernetesClient client, String namespace, Duration resyncInterval) {
    this.client = client;
    this.namespace = namespace;
    this.markers = new SessionMarkers(client.secrets().inNamespace(namespace));
    this.resyncInterval = resyncInterval;
  }

  /** Replicas of the runtime API share the namespace's Secrets. */
  @Override
  public Optional<Duration> resyncInterval() {
    return Optional.of(resyncInterval);
  }

  @Override
  public List<SandboxRecord> loadAll() {
    List<Secret> found = new ArrayList<>();
    Map<String, SandboxRecord> records = new LinkedHashMap<>();
    for (Secret secret : secrets().withLabel(MANAGED_BY, MANAGER).list().getItems()) {
      if (SessionMarkers.isMarker(secret)) {
        found.add(secret);
      } else {
        read(secret).ifPresent(r -> records.put(r.runtimeId(), r));
      }
    }
    markers.sweep(found, records, System.currentTimeMillis());
    return List.copyOf(records.values());
  }

  @Override
  public void save(SandboxRecord record) {
    if (record.status() == RuntimeStatus.STOPPED) {
      // By runtime id, not by name: the session's Secret may already belong to a newer runtime.
      secrets().withLabel(KubernetesNames.RUNTIME, record.runtimeId()).delete();
      return;
    }
    for (int attempt = 0; attempt < 3; attempt++) {
      Secret current = secretNamedOrOf(record);
      // Only a claim creates a record: a Secret that is gone means the runtime was stopped (by
      // another replica, or by hand), and a late status update must not bring it back as a leak.
      if (current == null || !isRecordOf(current, record.runtimeId())) {
        LOG.infof("not saving runtime %s: its record Secret is gone", record.runtimeId());
        return;
      }
      try {
        patch(current, record);
        return;
      } catch (KubernetesClientException e) {
        // 409: changed since we read it (resourceVersion guard); 404: deleted meanwhile.
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT
            && e.getCode() != HttpURLConnection.HTTP_NOT_FOUND) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("cannot save runtime " + record.runtimeId() + ": contended");
  }

  /**
   * A claimed warm member keeps the Secret its pool made (its pods read their environment from it),
   * which is named after the pool's session, not the tenant's: found by its runtime label then.
   */
  private Secret secretNamedOrOf(SandboxRecord record) {
    Secret named = secrets().withName(secretName(record)).get();
    if (named != null && isRecordOf(named, record.runtimeId())) {
      return named;
    }
    return secretOf(record.runtimeId()).orElse(null);
  }

  /** The runtime's record, not a session marker pointing to it (which has the same label). */
  private static boolean isRecordOf(Secret secret, String runtimeId) {
    return !SessionMarkers.isMarker(secret)
        && runtimeId.equals(secret.getMetadata().getLabels().get(KubernetesNames.RUNTIME));
  }

  /**
   * Claims a warm member for a tenant with two writes. First the session marker ({@link
   * SessionMarkers}): of a warm and a cold claim of one session, on any replicas, only one creates
   * the Secret named after it. Then a patch of the member's record Secret guarded by the
   * resourceVersion it was read at, which turns owner, claim label and record over at once: of two
   * replicas claiming the same member, the API server lets one patch succeed; the other gets 409
   * and removes its marker.
   */
  @Override
  public Transfer transfer(SandboxRecord from, SandboxRecord to) {
    Secret current = secrets().withName(secretName(from)).get();
    if (current == null
        || current.getMetadata().getLabels().containsKey(KubernetesNames.CLAIMED)
        || !isRecordOf(current, from.runtimeId())) {
      return Transfer.MEMBER_TAKEN;
    }
    Optional<Secret> taken = markers.create(to, current);
    if (taken.isEmpty()) {
      return Transfer.SESSION_TAKEN;
    }
    Secret marker = taken.get();
    Map<String, Object> patch =
        Map.of(
            "metadata",
            Map.of(
                "resourceVersion",
                current.getMetadata().getResourceVersion(),
                "labels",
                Map.of(KubernetesNames.STATUS, to.status().wire(), KubernetesNames.CLAIMED, "true"),
                "annotations",
                Map.of(
                    KubernetesNames.TENANT_ANNOTATION, to.tenant(),
                    KubernetesNames.SESSION_ANNOTATION, to.sessionId())),
            "data",
            Map.of(RECORD_KEY, encode(to)));
    try {
      secrets()
          .withName(current.getMetadata().getName())
          .patch(PatchContext.of(PatchType.JSON_MERGE), json.writeValueAsString(patch));
      return Transfer.DONE;
    } catch (KubernetesClientException e) {
      markers.release(marker);
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT
          || e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return Transfer.MEMBER_TAKEN;
      }
      throw e;
    } catch (IOException e) {
      markers.release(marker);
      throw new UncheckedIOException(e);
    }
  }

  /** Guarded by the resourceVersion read, so a newer runtime's Secret is never overwritten. */
  private void patch(Secret current, SandboxRecord record) {
    Map<String, Object> patch =
        Map.of(
            "metadata",
            Map.of(
                "resourceVersion",
                current.getMetadata().getResourceVersion(),
                "labels",
                Map.of(KubernetesNames.STATUS, record.status().wire())),
            "data",
            Map.of(RECORD_KEY, encode(record)));
    try {
      secrets()
          .withName(current.getMetadata().getName())
          .patch(PatchContext.of(PatchType.JSON_MERGE), json.writeValueAsString(patch));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates the session's record Secret, or answers the runtime that holds the session: the one
   * whose record it is, or the claimed warm member its session marker points to. A marker whose
   * claim is still under way (made, member not yet patched: milliseconds on another replica) is
   * waited for briefly; one left by a claim cut short is removed and the session claimed anew.
   */
  @Override
  public Optional<SandboxRecord> claim(SandboxRecord record) {
    for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      try {
        secrets().resource(newSecret(record)).create();
        return Optional.empty();
      } catch (KubernetesClientException e) {
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
          throw e;
        }
      }
      Secret holder = secrets().withName(secretName(record)).get();
      if (holder == null) {
        continue; // Stopped between our create and our read: try to claim again.
      }
      if (!SessionMarkers.isMarker(holder)) {
        return Optional.of(
            read(holder)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "Secret " + name(holder) + " holds no readable record")));
      }
      Optional<SandboxRecord> claimed =
          secretOf(SessionMarkers.runtimeOf(holder))
              .flatMap(this::read)
              .filter(r -> SessionMarkers.holds(holder, r));
      if (claimed.isPresent()) {
        return claimed;
      }
      if (!SessionMarkers.inFlight(holder, System.currentTimeMillis())) {
        markers.release(holder);
      } else {
        pause();
      }
    }
    throw new SandboxException(
        503,
        "session "
            + record.sessionId()
            + " is being claimed by another runtime API replica; try again");
  }

  private static void pause() {
    try {
      Thread.sleep(CLAIM_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while claiming a session", e);
    }
  }

  /** The Secret a runtime keeps its record and environment in, found by its runtime id. */
  Optional<Secret> secretOf(String runtimeId) {
    return secrets()
        .withLabel(KubernetesNames.RUNTIME, runtimeId)
        .withLabel(KubernetesNames.COMPONENT, KubernetesNames.RECORD)
        .list()
        .getItems()
        .stream()
        .findFirst();
  }

  private Secret newSecret(SandboxRecord record) {
    Map<String, String> labels =
        new LinkedHashMap<>(KubernetesNames.labels(record.runtimeId(), KubernetesNames.RECORD));
    labels.put(
        KubernetesNames.SESSION_HASH,
        KubernetesNames.sessionHash(record.tenant(), record.sessionId()));
    labels.put(KubernetesNames.STATUS, record.status().wire());
    return new SecretBuilder()
        .withNewMetadata()
        .withName(secretName(record))
        .withLabels(labels)
        .withAnnotations(
            Map.of(
                KubernetesNames.TENANT_ANNOTATION, record.tenant(),
                KubernetesNames.SESSION_ANNOTATION, record.sessionId()))
        .endMetadata()
        .withType("Opaque")
        .withData(Map.of(RECORD_KEY, encode(record)))
        .build();
  }

  private Optional<SandboxRecord> read(Secret secret) {
    String data = secret.getData() == null ? null : secret.getData().get(RECORD_KEY);
    if (data == null) {
      LOG.errorf("skipping Secret %s: no record", secret.getMetadata().getName());
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(Base64.getDecoder().decode(data), SandboxRecord.class));
    } catch (IOException | IllegalArgumentException e) {
      // One unreadable record must not hide every other runtime.
      LOG.errorf(e, "skipping Secret %s: unreadable record", secret.getMetadata().getName());
      return Optional.empty();
    }
  }

  private String encode(SandboxRecord record) {
    try {
      return Base64.getEncoder().encodeToString(json.writeValueAsBytes(record));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String encode(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  private static String name(Secret secret) {
    return secret.getMetadata().getName();
  }

  private static String secretName(SandboxRecord record) {
    return KubernetesNames.secretName(record.tenant(), record.sessionId());
  }

  private NonNamespaceOperation<Secret, SecretList, Resource<Secret>> secrets() {
    return client.secrets().inNamespace(namespace);
  }
}
