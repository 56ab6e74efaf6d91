package dev.jhands.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the kubelet for the mock API server, which has none: it watches new pods and writes the
 * status a node would. An image named {@code …missing…} cannot be pulled ({@code
 * ImagePullBackOff}); one named {@code …crash…} keeps exiting ({@code CrashLoopBackOff} after three
 * restarts); one named {@code …never-ready…} stays Pending and unscheduled; any other runs and
 * turns Ready, as if its readiness probe on {@code /alive} had passed.
 */
public final class TestKubelet implements AutoCloseable {

  private final KubernetesClient client;
  private final Watch watch;
  private final AtomicInteger addresses = new AtomicInteger(2);

  public TestKubelet(KubernetesClient client, String namespace) {
    this.client = client;
    this.watch = client.pods().inNamespace(namespace).watch(new PodWatcher());
  }

  private final class PodWatcher implements Watcher<Pod> {
    @Override
    public void eventReceived(Action action, Pod pod) {
      if (action == Action.ADDED && pod.getStatus() == null
          || action == Action.ADDED && pod.getStatus().getPhase() == null) {
        run(pod);
      }
    }

    @Override
    public void onClose(WatcherException cause) {}
  }

  private void run(Pod pod) {
    pod.setStatus(statusFor(pod));
    try {
      client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(pod).updateStatus();
    } catch (KubernetesClientException e) {
      // Deleted before the node got to it: nothing to report.
    }
  }

  private PodStatus statusFor(Pod pod) {
    String image = pod.getSpec().getContainers().get(0).getImage();
    String name = pod.getSpec().getContainers().get(0).getName();
    if (image.contains("never-ready")) {
      return new PodStatusBuilder()
          .withPhase("Pending")
          .withConditions(
              condition("PodScheduled", "False", "Unschedulable", "0/3 nodes are available"))
          .build();
    }
    if (image.contains("missing")) {
      return new PodStatusBuilder()
          .withPhase("Pending")
          .withConditions(condition("PodScheduled", "True", null, null))
          .withContainerStatuses(
              waiting(
                  name, image, "ImagePullBackOff", "Back-off pulling image \"" + image + "\"", 0))
          .build();
    }
    if (image.contains("crash")) {
      ContainerStatus status =
          waiting(name, image, "CrashLoopBackOff", "back-off 40s restarting failed container", 3);
      status.setLastState(
          new ContainerStateBuilder()
              .withNewTerminated()
              .withExitCode(1)
              .withReason("Error")
              .endTerminated()
              .build());
      return new PodStatusBuilder()
          .withPhase("Running")
          .withConditions(
              condition("PodScheduled", "True", null, null),
              condition("Ready", "False", "ContainersNotReady", null))
          .withContainerStatuses(status)
          .build();
    }
    return new PodStatusBuilder()
        .withPhase("Running")
        .withPodIP("10.1.0." + addresses.getAndIncrement())
        .withConditions(
            condition("PodScheduled", "True", null, null),
            condition("Initialized", "True", null, null),
            condition("ContainersReady", "True", null, null),
            condition("Ready", "True", null, null))
        .withContainerStatuses(
            new ContainerStatusBuilder()
                .withName(name)
                .withImage(image)
                .withReady(true)
                .withStarted(true)
                .withRestartCount(0)
                .withNewState()
                .withNewRunning()
                .withStartedAt("2026-01-01T00:00:00Z")
                .endRunning()
                .endState()
                .build())
        .build();
  }

  private static ContainerStatus waiting(
      String name, String image, String reason, String message, int restarts) {
    return new ContainerStatusBuilder()
        .withName(name)
        .withImage(image)
        .withReady(false)
        .withRestartCount(restarts)
        .withNewState()
        .withNewWaiting()
        .withReason(reason)
        .withMessage(message)
        .endWaiting()
        .endState()
        .build();
  }

  private static PodCondition condition(String type, String status, String reason, String msg) {
    return new PodConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withReason(reason)
        .withMessage(msg)
        .build();
  }

  @Override
  public void close() {
    watch.close();
  }
}
