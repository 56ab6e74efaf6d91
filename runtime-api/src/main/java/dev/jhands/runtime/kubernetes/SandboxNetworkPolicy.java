package dev.jhands.runtime.kubernetes;

import static dev.jhands.runtime.kubernetes.KubernetesNames.labels;
import static dev.jhands.runtime.kubernetes.KubernetesNames.objectName;

import dev.jhands.runtime.RuntimeApiConfig;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.Map;

/**
 * A sandbox runs untrusted code: it is reachable only on the ports it serves, and may reach
 * anything but the denied ranges (the cloud metadata endpoint by default), plus DNS wherever the
 * resolver lives.
 */
final class SandboxNetworkPolicy {

  private SandboxNetworkPolicy() {}

  static NetworkPolicy of(
      RuntimeApiConfig.Kubernetes config, String runtimeId, OwnerReference owner) {
    return new NetworkPolicyBuilder()
        .withNewMetadata()
        .withName(objectName(runtimeId))
        .withLabels(labels(runtimeId, "network-policy"))
        .withOwnerReferences(owner)
        .endMetadata()
        .withNewSpec()
        .withNewPodSelector()
        .withMatchLabels(
            Map.of(
                KubernetesNames.RUNTIME,
                runtimeId,
                KubernetesNames.COMPONENT,
                SandboxObjects.SANDBOX))
        .endPodSelector()
        .withPolicyTypes("Ingress", "Egress")
        .addNewIngress()
        .withPorts(SandboxPorts.of(config).stream().map(p -> port("TCP", p.port())).toList())
        .endIngress()
        .addNewEgress()
        .addNewTo()
        .withNewIpBlock()
        .withCidr("0.0.0.0/0")
        .withExcept(config.egressDenyCidrs())
        .endIpBlock()
        .endTo()
        .addNewTo()
        .withNewIpBlock()
        .withCidr("::/0")
        .endIpBlock()
        .endTo()
        .endEgress()
        .addNewEgress()
        .withPorts(port("UDP", 53), port("TCP", 53))
        .endEgress()
        .endSpec()
        .build();
  }

  private static NetworkPolicyPort port(String protocol, int port) {
    return new NetworkPolicyPortBuilder()
        .withProtocol(protocol)
        .withPort(new IntOrString(port))
        .build();
  }
}
