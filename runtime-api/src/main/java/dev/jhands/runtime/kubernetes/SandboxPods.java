package dev.jhands.runtime.kubernetes;

import static dev.jhands.runtime.kubernetes.KubernetesNames.labels;
import static dev.jhands.runtime.kubernetes.KubernetesNames.objectName;

import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.backend.LaunchOptions;
import dev.jhands.runtime.backend.LaunchSpec;
import dev.jhands.runtime.sandbox.SandboxException;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.CapabilitiesBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The pod of one launch: an init container copies the tools bundle into an emptyDir that the
 * sandbox sees read-only at {@code /opt/jhands}; the workspace claim is {@code /workspace}; the
 * environment comes from the runtime's Secret, so no key shows in the pod spec; a non-root user
 * without privilege escalation or capabilities; readiness is {@code GET /alive}.
 */
final class SandboxPods {

  static final String TOOLS_DIR = "/opt/jhands";
  static final String WORKSPACE_DIR = "/workspace";

  private final RuntimeApiConfig.Kubernetes config;

  SandboxPods(RuntimeApiConfig.Kubernetes config) {
    this.config = config;
  }

  Pod pod(LaunchSpec spec, String podName, String secretName, OwnerReference owner) {
    LaunchOptions options = spec.options();
    long user = id("run_as_user", options.runAsUser(), config.runAsUser());
    Map<String, Quantity> resources =
        Map.of(
            "cpu", scaled(config.cpu(), options.resourceFactor()),
            "memory", scaled(config.memory(), options.resourceFactor()));
    return new PodBuilder()
        .withNewMetadata()
        .withName(podName)
        .withLabels(labels(spec.runtimeId(), SandboxObjects.SANDBOX))
        .withOwnerReferences(owner)
        .endMetadata()
        .withNewSpec()
        .withServiceAccountName(config.serviceAccount().orElse(null))
        // The sandbox runs untrusted code: no credentials for the API server, no service links.
        .withAutomountServiceAccountToken(false)
        .withEnableServiceLinks(false)
        .withRuntimeClassName(runtimeClass(options.runtimeClass()))
        .withNodeSelector(config.nodeSelector().isEmpty() ? null : config.nodeSelector())
        .withNewSecurityContext()
        .withRunAsNonRoot(true)
        .withRunAsUser(user)
        .withRunAsGroup(id("run_as_group", options.runAsGroup(), config.runAsGroup()))
        .withFsGroup(id("fs_group", options.fsGroup(), config.fsGroup()))
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .endSecurityContext()
        .addNewVolume()
        .withName("tools")
        .withNewEmptyDir()
        .endEmptyDir()
        .endVolume()
        .addNewVolume()
        .withName("workspace")
        .withNewPersistentVolumeClaim()
        .withClaimName(objectName(spec.runtimeId()))
        .endPersistentVolumeClaim()
        .endVolume()
        .addNewInitContainer()
        .withName("tools")
        .withImage(config.bundleImage())
        .withCommand(config.bundleCommand())
        .withSecurityContext(containerSecurity())
        .withNewResources()
        .withRequests(resources)
        .withLimits(resources)
        .endResources()
        .addNewVolumeMount()
        .withName("tools")
        .withMountPath(TOOLS_DIR)
        .endVolumeMount()
        .endInitContainer()
        .addNewContainer()
        .withName(SandboxObjects.SANDBOX)
        .withImage(spec.image())
        .withImagePullPolicy(
            options.imagePullPolicy() != null
                ? options.imagePullPolicy().wire()
                : config.imagePullPolicy())
        .withCommand(
            spec.command().isLine()
                ? SandboxObjects.shell(spec.command().line())
                : spec.command().argv())
        .withWorkingDir(spec.workingDir())
        .withEnv(environment(spec, secretName))
        .withPorts(
            SandboxPorts.of(config).stream()
                .map(
                    p ->
                        new ContainerPortBuilder()
                            .withName(p.name())
                            .withContainerPort(p.port())
                            .build())
                .toList())
        .withNewReadinessProbe()
        .withNewHttpGet()
        .withPath("/alive")
        .withNewPort(config.sandboxPort())
        .endHttpGet()
        .withPeriodSeconds(2)
        .withFailureThreshold(3)
        .endReadinessProbe()
        .withSecurityContext(containerSecurity())
        .withNewResources()
        .withRequests(resources)
        .withLimits(resources)
        .endResources()
        .addNewVolumeMount()
        .withName("tools")
        .withMountPath(TOOLS_DIR)
        .withReadOnly(true)
        .endVolumeMount()
        .addNewVolumeMount()
        .withName("workspace")
        .withMountPath(WORKSPACE_DIR)
        .endVolumeMount()
        .endContainer()
        .endSpec()
        .build();
  }

  /** The variables by name; their values stay in the Secret. */
  private List<EnvVar> environment(LaunchSpec spec, String secretName) {
    return variables(spec).keySet().stream()
        .sorted()
        .map(
            name ->
                new EnvVarBuilder()
                    .withName(name)
                    .withNewValueFrom()
                    .withNewSecretKeyRef()
                    .withName(secretName)
                    .withKey(KubernetesNames.envKey(name))
                    .endSecretKeyRef()
                    .endValueFrom()
                    .build())
        .toList();
  }

  /** The sandbox's environment: the request's, the runtime's own variables and {@code PORT}. */
  Map<String, String> variables(LaunchSpec spec) {
    var env = new java.util.LinkedHashMap<>(spec.environment());
    env.put("PORT", Integer.toString(config.sandboxPort()));
    return env;
  }

  private String runtimeClass(String requested) {
    if (requested != null && config.runtimeClasses().containsKey(requested)) {
      return config.runtimeClasses().get(requested);
    }
    return config.runtimeClass().orElse(null);
  }

  private static SecurityContext containerSecurity() {
    Capabilities none = new CapabilitiesBuilder().withDrop("ALL").build();
    return new SecurityContextBuilder()
        .withAllowPrivilegeEscalation(false)
        .withPrivileged(false)
        .withCapabilities(none)
        .build();
  }

  /** The pod must not run as root (runAsNonRoot), so an id of 0 is refused up front. */
  private static long id(String field, Integer requested, long fallback) {
    if (requested == null) {
      return fallback;
    }
    if (requested <= 0) {
      throw new SandboxException(
          400, field + " must be a positive id: sandboxes on Kubernetes never run as root");
    }
    return requested;
  }

  /** {@code 500m} × 2 = {@code 1000m}, {@code 2Gi} × 4 = {@code 8Gi}: the unit is kept. */
  static Quantity scaled(String base, int factor) {
    Quantity quantity = new Quantity(base);
    BigDecimal amount = new BigDecimal(quantity.getAmount()).multiply(BigDecimal.valueOf(factor));
    return new Quantity(amount.stripTrailingZeros().toPlainString(), quantity.getFormat());
  }
}
