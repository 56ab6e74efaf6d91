package dev.jhands.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Frame;
import dev.jhands.runtime.backend.Inspection;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Why a container does not run, for {@code status_detail}: the engine's start error, or the exit
 * code (and whether memory ran out) with the last lines of its output. Kept per container, since
 * the watcher asks again on every round and a dead container's log does not change.
 */
final class ExitDetails {

  private static final int MAX_DETAIL = 4000;

  private final DockerClient docker;
  private final int tail;
  private final Map<String, String> details = new ConcurrentHashMap<>();

  ExitDetails(DockerClient docker, int tail) {
    this.docker = docker;
    this.tail = tail;
  }

  Inspection inspect(InspectContainerResponse container) {
    InspectContainerResponse.ContainerState state = container.getState();
    if (Boolean.TRUE.equals(state.getRunning())) {
      return Inspection.running();
    }
    return Inspection.gone(details.computeIfAbsent(container.getId(), id -> describe(state, id)));
  }

  void forget(String containerId) {
    details.remove(containerId);
  }

  private String describe(InspectContainerResponse.ContainerState state, String id) {
    StringBuilder detail = new StringBuilder();
    String error = state.getError();
    if (error != null && !error.isBlank()) {
      detail.append("container could not start: ").append(error.strip());
    } else if ("created".equals(state.getStatus())) {
      detail.append("container was created but never started");
    } else {
      detail.append("container exited with code ").append(state.getExitCodeLong());
    }
    if (Boolean.TRUE.equals(state.getOOMKilled())) {
      detail.append(" (killed: out of memory)");
    }
    String output = lastLines(id);
    if (!output.isBlank()) {
      detail.append("; last output:\n").append(output.strip());
    }
    return detail.length() > MAX_DETAIL
        ? "…" + detail.substring(detail.length() - MAX_DETAIL)
        : detail.toString();
  }

  private String lastLines(String id) {
    StringBuilder out = new StringBuilder();
    try {
      docker
          .logContainerCmd(id)
          .withStdOut(true)
          .withStdErr(true)
          .withTail(tail)
          .exec(
              new ResultCallback.Adapter<Frame>() {
                @Override
                public void onNext(Frame frame) {
                  out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                }
              })
          .awaitCompletion(5, TimeUnit.SECONDS);
    } catch (DockerException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out.toString();
  }
}
