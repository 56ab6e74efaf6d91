package dev.jhands.runtime.kubernetes;

import static dev.jhands.runtime.kubernetes.KubernetesNames.MANAGED_BY;
import static dev.jhands.runtime.kubernetes.KubernetesNames.MANAGER;
import static dev.jhands.runtime.kubernetes.KubernetesNames.RECORD_KEY;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.sandbox.RecordStore;
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

  public KubernetesRecordStore(KubernetesClient client, String namespace, Duration resyncInterval) {
    this.client = client;
    this.namespace = namespace;
    this.resyncInterval = resyncInterval;
  }

  /** Replicas of the runtime API share the namespace's Secrets. */
  @Override
  public Optional<Duration> resyncInterval() {
    return Optional.of(resyncInterval);
  }

  @Override
  public List<SandboxRecord> loadAll() {
    List<SandboxRecord> records = new ArrayList<>();
    for (Secret secret : secrets().withLabel(MANAGED_BY, MANAGER).list().getItems()) {
      read(secret).ifPresent(records::add);
    }
    return records;
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
      if (current == null
          || !record
              .runtimeId()
              .equals(current.getMetadata().getLabels().get(KubernetesNames.RUNTIME))) {
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
    if (named != null
        && record
            .runtimeId()
            .equals(named.getMetadata().getLabels().get(KubernetesNames.RUNTIME))) {
      return named;
    }
    return secretOf(record.runtimeId()).orElse(null);
  }

  /**
   * Claims a warm member for a tenant with one write: a patch of its record Secret guarded by the
   * resourceVersion it was read at, which turns owner, claim label and record over at once. Of two
   * replicas claiming the same member, the API server lets one patch succeed; the other gets 409.
   */
  @Override
  public boolean transfer(SandboxRecord from, SandboxRecord to) {
    Secret current = secrets().withName(secretName(from)).get();
    if (current == null
        || current.getMetadata().getLabels().containsKey(KubernetesNames.CLAIMED)
        || !from.runtimeId()
            .equals(current.getMetadata().getLabels().get(KubernetesNames.RUNTIME))) {
      return false;
    }
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
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT
          || e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return false;
      }
      throw e;
    } catch (IOException e) {
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

  @Override
  public Optional<SandboxRecord> claim(SandboxRecord record) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        secrets().resource(newSecret(record)).create();
        return Optional.empty();
      } catch (KubernetesClientException e) {
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
          throw e;
        }
      }
      Secret holder = secrets().withName(secretName(record)).get();
      if (holder != null) {
        Optional<SandboxRecord> held = read(holder);
        if (held.isPresent()) {
          return held;
        }
        throw new IllegalStateException(
            "Secret " + holder.getMetadata().getName() + " holds no readable record");
      }
      // Stopped between our create and our read: try to claim again.
    }
    throw new IllegalStateException("cannot claim session " + record.sessionId());
  }

  /** The Secret a runtime keeps its record and environment in, found by its runtime id. */
  Optional<Secret> secretOf(String runtimeId) {
    return secrets().withLabel(KubernetesNames.RUNTIME, runtimeId).list().getItems().stream()
        .findFirst();
  }

  private Secret newSecret(SandboxRecord record) {
    Map<String, String> labels =
        new LinkedHashMap<>(KubernetesNames.labels(record.runtimeId(), "record"));
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

  private static String secretName(SandboxRecord record) {
    return KubernetesNames.secretName(record.tenant(), record.sessionId());
  }

  private NonNamespaceOperation<Secret, SecretList, Resource<Secret>> secrets() {
    return client.secrets().inNamespace(namespace);
  }
}
