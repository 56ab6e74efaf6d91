package dev.jhands.runtime.kubernetes;

import static dev.jhands.runtime.kubernetes.KubernetesNames.labels;
import static dev.jhands.runtime.kubernetes.KubernetesNames.objectName;

import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.backend.LaunchSpec;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The objects a sandbox keeps for its whole life, across pauses: the workspace claim, the Service
 * and the optional Ingress. Each is owned by the runtime's Secret, so a cluster's garbage collector
 * removes whatever a crashed runtime API left behind once the Secret goes.
 */
final class SandboxObjects {

  static final String SANDBOX = "sandbox";

  private final RuntimeApiConfig.Kubernetes config;
  private final String namespace;

  SandboxObjects(RuntimeApiConfig.Kubernetes config, String namespace) {
    this.config = config;
    this.namespace = namespace;
  }

  PersistentVolumeClaim workspace(String runtimeId, OwnerReference owner) {
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata()
        .withName(objectName(runtimeId))
        .withLabels(labels(runtimeId, "workspace"))
        .withOwnerReferences(owner)
        .endMetadata()
        .withNewSpec()
        .withAccessModes("ReadWriteOnce")
        .withStorageClassName(config.storageClass().orElse(null))
        .withNewResources()
        .withRequests(Map.of("storage", new Quantity(config.storageSize())))
        .endResources()
        .endSpec()
        .build();
  }

  Service service(String runtimeId, OwnerReference owner) {
    var spec =
        new ServiceBuilder()
            .withNewMetadata()
            .withName(objectName(runtimeId))
            .withLabels(labels(runtimeId, "service"))
            .withOwnerReferences(owner)
            .endMetadata()
            .withNewSpec()
            .withType("ClusterIP")
            .withSelector(
                Map.of(KubernetesNames.RUNTIME, runtimeId, KubernetesNames.COMPONENT, SANDBOX));
    for (SandboxPorts port : SandboxPorts.of(config)) {
      spec.addNewPort()
          .withName(port.name())
          .withPort(port.port())
          .withNewTargetPort(port.port())
          .endPort();
    }
    return spec.endSpec().build();
  }

  /**
   * Only with an Ingress host template: a host per served port. Kept while paused, so the sandbox's
   * URL answers 503 then, as clients expect.
   */
  Ingress ingress(String runtimeId, OwnerReference owner) {
    var spec =
        new IngressBuilder()
            .withNewMetadata()
            .withName(objectName(runtimeId))
            .withLabels(labels(runtimeId, "ingress"))
            .withOwnerReferences(owner)
            .endMetadata()
            .withNewSpec()
            .withIngressClassName(config.ingressClass().orElse(null));
    List<String> hosts = new ArrayList<>();
    for (SandboxPorts port : SandboxPorts.of(config)) {
      String host = port.hostPrefix() + host(runtimeId);
      hosts.add(host);
      spec.addNewRule()
          .withHost(host)
          .withNewHttp()
          .addNewPath()
          .withPath("/")
          .withPathType("Prefix")
          .withNewBackend()
          .withNewService()
          .withName(objectName(runtimeId))
          .withNewPort()
          .withNumber(port.port())
          .endPort()
          .endService()
          .endBackend()
          .endPath()
          .endHttp()
          .endRule();
    }
    config
        .ingressTlsSecret()
        .ifPresent(tls -> spec.addNewTl().withHosts(hosts).withSecretName(tls).endTl());
    return spec.endSpec().build();
  }

  boolean wantsIngress() {
    return config.ingressHost().isPresent();
  }

  /** The URL clients reach the sandbox at, from the template or the default for the setup. */
  String url(LaunchSpec spec) {
    String template =
        config
            .urlTemplate()
            .orElse(wantsIngress() ? "https://{host}" : "http://{service}.{namespace}.svc:{port}");
    return template
        .replace("{host}", wantsIngress() ? host(spec.runtimeId()) : "")
        .replace("{runtime_id}", spec.runtimeId())
        .replace("{service}", objectName(spec.runtimeId()))
        .replace("{namespace}", namespace)
        .replace("{port}", Integer.toString(config.sandboxPort()));
  }

  private String host(String runtimeId) {
    return config.ingressHost().orElseThrow().replace("{runtime_id}", runtimeId);
  }

  static List<String> shell(String line) {
    return List.of("sh", "-c", line);
  }
}
