package dev.jhands.runtime.kubernetes;

import static dev.jhands.runtime.kubernetes.KubernetesNames.objectName;

import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.backend.BackendException;
import dev.jhands.runtime.backend.Inspection;
import dev.jhands.runtime.backend.Launch;
import dev.jhands.runtime.backend.LaunchSpec;
import dev.jhands.runtime.backend.SandboxBackend;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.net.HttpURLConnection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sandboxes as pods. A launch writes the environment into the runtime's Secret (which the record
 * store created when it claimed the session), makes sure the claim, Service, Ingress and
 * NetworkPolicy exist, and creates a new pod; the handle is the pod's name. Pause deletes the pods
 * and keeps everything else; stop deletes them all, and the record store then the Secret.
 */
public final class KubernetesBackend implements SandboxBackend {

  private final RuntimeApiConfig.Kubernetes config;
  private final KubernetesClient client;
  private final String namespace;
  private final KubernetesRecordStore records;
  private final SandboxObjects objects;
  private final SandboxPods pods;
  private final boolean probeUrl;
  private final PodCache podCache;

  public KubernetesBackend(
      RuntimeApiConfig.Kubernetes config,
      KubernetesClient client,
      String namespace,
      KubernetesRecordStore records) {
    this.config = config;
    this.client = client;
    this.namespace = namespace;
    this.records = records;
    this.objects = new SandboxObjects(config, namespace);
    this.pods = new SandboxPods(config);
    this.probeUrl = config.probeUrl();
    this.podCache = new PodCache(client, namespace);
  }

  @Override
  public Launch start(LaunchSpec spec) throws BackendException {
    Secret secret =
        records
            .secretOf(spec.runtimeId())
            .orElseThrow(
                () ->
                    new BackendException("no record Secret for runtime " + spec.runtimeId(), null));
    OwnerReference owner = ownedBy(secret);
    String podName = KubernetesNames.newPodName(spec.runtimeId());
    // Built first: a refused option must not leave objects behind.
    Pod pod = pods.pod(spec, podName, secret.getMetadata().getName(), owner);
    try {
      writeEnvironment(secret, spec);
      createIfAbsent(objects.workspace(spec.runtimeId(), owner));
      createIfAbsent(objects.service(spec.runtimeId(), owner));
      if (objects.wantsIngress()) {
        createIfAbsent(objects.ingress(spec.runtimeId(), owner));
      }
      if (config.networkPolicy()) {
        createIfAbsent(SandboxNetworkPolicy.of(config, spec.runtimeId(), owner));
      }
      // One pod per runtime: a launch the API died in after creating its pod left one behind.
      pause(spec.runtimeId(), null);
      client.pods().inNamespace(namespace).resource(pod).create();
    } catch (KubernetesClientException e) {
      throw new BackendException(apiError(e), e);
    }
    return new Launch(podName, objects.url(spec), 0);
  }

  @Override
  public void pause(String runtimeId, String handle) {
    // Every pod of the runtime, not only the handle's: a launch the API died in may have left one.
    client.pods().inNamespace(namespace).withLabel(KubernetesNames.RUNTIME, runtimeId).delete();
  }

  @Override
  public void stop(String runtimeId, String handle) {
    pause(runtimeId, handle);
    client
        .network()
        .v1()
        .ingresses()
        .inNamespace(namespace)
        .withName(objectName(runtimeId))
        .delete();
    client
        .network()
        .v1()
        .networkPolicies()
        .inNamespace(namespace)
        .withName(objectName(runtimeId))
        .delete();
    client.services().inNamespace(namespace).withName(objectName(runtimeId)).delete();
    client.persistentVolumeClaims().inNamespace(namespace).withName(objectName(runtimeId)).delete();
  }

  @Override
  public Inspection inspect(String handle) {
    Inspection pod = PodInspector.inspect(podCache.get(handle));
    if (probeUrl && pod.reportsReadiness() && pod.ready()) {
      // Ready by the kubelet's probe; the runtime API now checks the URL clients will use.
      return Inspection.running();
    }
    return pod;
  }

  /** The values behind the pod's env references; a rotated key replaces the old one. */
  private void writeEnvironment(Secret secret, LaunchSpec spec) {
    Map<String, String> data = new LinkedHashMap<>();
    pods.variables(spec)
        .forEach((name, value) -> data.put(KubernetesNames.envKey(name), encode(value)));
    client
        .secrets()
        .inNamespace(namespace)
        .withName(secret.getMetadata().getName())
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            client.getKubernetesSerialization().asJson(Map.of("data", data)));
  }

  private void createIfAbsent(HasMetadata object) {
    try {
      client.resource(object).inNamespace(namespace).create();
    } catch (KubernetesClientException e) {
      // Kept from before a pause, or made by a launch the API died in.
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
        throw e;
      }
    }
  }

  private static OwnerReference ownedBy(Secret secret) {
    return new OwnerReferenceBuilder()
        .withApiVersion("v1")
        .withKind("Secret")
        .withName(secret.getMetadata().getName())
        .withUid(secret.getMetadata().getUid())
        .build();
  }

  private static String encode(String value) {
    return KubernetesRecordStore.encode(value);
  }

  private static String apiError(KubernetesClientException e) {
    String message =
        e.getStatus() != null && e.getStatus().getMessage() != null
            ? e.getStatus().getMessage()
            : e.getMessage();
    return "Kubernetes API " + e.getCode() + ": " + message;
  }

  @Override
  public void close() {
    podCache.close();
  }
}
