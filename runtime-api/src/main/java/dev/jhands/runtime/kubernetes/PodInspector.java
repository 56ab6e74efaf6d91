package dev.jhands.runtime.kubernetes;

import dev.jhands.runtime.backend.Inspection;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a pod's phase, conditions and container states as the runtime API's status. Reasons the
 * kubelet does not recover from on its own end the sandbox at once with the kubelet's words, so a
 * caller polling {@code /sessions} sees {@code error} and why instead of waiting out the timeout.
 */
final class PodInspector {

  /** Waiting reasons that will not resolve by themselves (runtime-api.md §3.3). */
  private static final Set<String> FATAL =
      Set.of(
          "ErrImagePull",
          "ImagePullBackOff",
          "InvalidImageName",
          "ErrImageNeverPull",
          "CrashLoopBackOff",
          "CreateContainerConfigError",
          "CreateContainerError",
          "RunContainerError");

  private PodInspector() {}

  static Inspection inspect(Pod pod) {
    if (pod == null) {
      return Inspection.gone("pod not found");
    }
    if (pod.getMetadata().getDeletionTimestamp() != null) {
      return Inspection.gone("pod is being deleted");
    }
    PodStatus status = pod.getStatus();
    if (status == null || status.getPhase() == null) {
      return Inspection.waiting("pod not scheduled yet");
    }
    switch (status.getPhase()) {
      case "Failed" -> {
        return Inspection.gone(join("pod failed", status.getReason(), status.getMessage()));
      }
      case "Succeeded" -> {
        return Inspection.gone("the sandbox exited");
      }
      default -> {}
    }
    Optional<String> fatal = fatal(status);
    if (fatal.isPresent()) {
      return Inspection.gone(fatal.get());
    }
    if (condition(status, "Ready").map(c -> "True".equals(c.getStatus())).orElse(false)) {
      return Inspection.running(true);
    }
    return Inspection.waiting(
        condition(status, "PodScheduled")
            .filter(c -> "False".equals(c.getStatus()))
            .map(c -> join(c.getReason(), c.getMessage(), null))
            .orElse("pod " + status.getPhase() + ", not ready"));
  }

  private static Optional<String> fatal(PodStatus status) {
    List<ContainerStatus> containers = new ArrayList<>();
    if (status.getInitContainerStatuses() != null) {
      containers.addAll(status.getInitContainerStatuses());
    }
    if (status.getContainerStatuses() != null) {
      containers.addAll(status.getContainerStatuses());
    }
    for (ContainerStatus container : containers) {
      var waiting = container.getState() == null ? null : container.getState().getWaiting();
      if (waiting != null && FATAL.contains(waiting.getReason())) {
        return Optional.of(
            join(waiting.getReason(), waiting.getMessage(), null)
                + " (container "
                + container.getName()
                + restarts(container)
                + ")");
      }
    }
    return Optional.empty();
  }

  private static String restarts(ContainerStatus container) {
    Integer count = container.getRestartCount();
    if (count == null || count == 0) {
      return "";
    }
    var last = container.getLastState() == null ? null : container.getLastState().getTerminated();
    String exit = last == null ? "" : ", last exit code " + last.getExitCode();
    return ", restarted " + count + " times" + exit;
  }

  private static Optional<PodCondition> condition(PodStatus status, String type) {
    return status.getConditions() == null
        ? Optional.empty()
        : status.getConditions().stream().filter(c -> type.equals(c.getType())).findFirst();
  }

  private static String join(String first, String second, String third) {
    StringBuilder text = new StringBuilder(first == null ? "" : first);
    for (String part : new String[] {second, third}) {
      if (part != null && !part.isBlank()) {
        text.append(text.isEmpty() ? "" : ": ").append(part);
      }
    }
    return text.toString();
  }
}
