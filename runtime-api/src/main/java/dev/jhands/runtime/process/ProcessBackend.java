package dev.jhands.runtime.process;

import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.backend.BackendException;
import dev.jhands.runtime.backend.HostPorts;
import dev.jhands.runtime.backend.Inspection;
import dev.jhands.runtime.backend.Launch;
import dev.jhands.runtime.backend.LaunchSpec;
import dev.jhands.runtime.backend.SandboxBackend;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Sandboxes as local process groups: the command runs under {@code setsid} in a workspace of its
 * own, listening on a free loopback port that replaces the placeholder ({@code 60000}) in the
 * command and is also given as {@code PORT}. The handle is {@code <pid>:<start millis>}, so a
 * restarted runtime API recognises its processes and never mistakes a reused pid for one of them.
 */
public final class ProcessBackend implements SandboxBackend {

  private final RuntimeApiConfig.Process config;
  private final Path workspaces;
  private final Path logs;
  // Only the processes this instance started: they alone can tell their exit code.
  private final Map<Long, Child> children = new ConcurrentHashMap<>();

  private record Child(Process process, Path log) {}

  public ProcessBackend(RuntimeApiConfig config) {
    this.config = config.process();
    workspaces = config.stateDir().resolve("workspaces");
    logs = config.stateDir().resolve("logs");
  }

  public Path workspace(String runtimeId) {
    return workspaces.resolve(runtimeId);
  }

  @Override
  public Launch start(LaunchSpec spec) throws BackendException {
    try {
      int port =
          spec.preferredPort() > 0 && HostPorts.isFree(config.host(), spec.preferredPort())
              ? spec.preferredPort()
              : HostPorts.free(config.host());
      Path workspace = workspace(spec.runtimeId());
      Files.createDirectories(workspace);
      Files.createDirectories(logs);
      Path log = logs.resolve(spec.runtimeId() + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(argv(spec.command(), Integer.toString(port)))
              .directory(workspace.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      Map<String, String> env = builder.environment();
      env.keySet().retainAll(config.inheritEnvironment());
      env.putAll(spec.environment());
      env.put("PORT", Integer.toString(port));
      Process process = builder.start();
      children.put(process.pid(), new Child(process, log));
      long started = process.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
      String url = "http://" + config.host() + ":" + port;
      return new Launch(process.pid() + ":" + started, url, port);
    } catch (IOException e) {
      throw new BackendException(e.getMessage(), e);
    }
  }

  /** A list runs as it is; a line goes to {@code sh -c}. Either way in a new process group. */
  private List<String> argv(RuntimeCommand command, String port) {
    List<String> argv = new ArrayList<>(List.of("setsid"));
    String placeholder = config.portPlaceholder();
    if (command.isLine()) {
      argv.addAll(List.of("sh", "-c", command.line().replace(placeholder, port)));
    } else {
      command.argv().forEach(a -> argv.add(a.replace(placeholder, port)));
    }
    return argv;
  }

  @Override
  public void pause(String runtimeId, String handle) {
    ProcessGroups.end(handle, config.stopGrace());
    forget(handle);
  }

  @Override
  public void stop(String runtimeId, String handle) {
    if (handle != null) {
      pause(runtimeId, handle);
    } else {
      // No handle: paused, or launched by a runtime API that died before recording it.
      ProcessGroups.endAllIn(workspace(runtimeId), config.stopGrace());
    }
    deleteTree(workspace(runtimeId));
  }

  @Override
  public Inspection inspect(String handle) {
    if (ProcessGroups.leader(handle).isPresent()) {
      return Inspection.running();
    }
    Child child = children.get(ProcessGroups.pid(handle));
    if (child != null && !child.process().isAlive()) {
      return Inspection.gone(ExitDetail.of(child.process().exitValue(), child.log()));
    }
    return Inspection.gone("process exited");
  }

  private void forget(String handle) {
    children.remove(ProcessGroups.pid(handle));
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A workspace left behind costs disk, not correctness: the runtime is stopped either way.
      org.jboss.logging.Logger.getLogger(ProcessBackend.class).warnf(e, "cannot delete %s", dir);
    }
  }
}
