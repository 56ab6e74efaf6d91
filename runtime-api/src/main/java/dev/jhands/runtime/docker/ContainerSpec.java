package dev.jhands.runtime.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.VolumeOptions;
import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.backend.LaunchOptions;
import dev.jhands.runtime.backend.LaunchSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one runtime's container is made: a non-root user, no capabilities and no privilege gain,
 * limits scaled by {@code resource_factor}, the port published on one host address only, the
 * runtime's volume at the workspace and the tools bundle read-only.
 */
final class ContainerSpec {

  private final RuntimeApiConfig.Docker config;
  private final List<Mount> binds = new ArrayList<>();

  /** Reads the mounts once, so a mistake in them stops the runtime API at boot, not each start. */
  ContainerSpec(RuntimeApiConfig.Docker config) {
    this.config = config;
    config
        .bundle()
        .ifPresent(dir -> binds.add(bind(dir.toAbsolutePath().toString(), config.bundleTarget())));
    for (String extra : config.extraMounts().orElse(List.of())) {
      int colon = extra.lastIndexOf(':');
      if (colon <= 0 || !extra.startsWith("/") || !extra.startsWith("/", colon + 1)) {
        throw new IllegalArgumentException(
            "jhands.runtime.docker.extra-mounts: expected /host/path:/container/path, got "
                + extra);
      }
      binds.add(bind(extra.substring(0, colon), extra.substring(colon + 1)));
    }
  }

  CreateContainerCmd create(
      DockerClient docker, String name, LaunchSpec spec, int hostPort, Map<String, String> labels) {
    List<String> env = new ArrayList<>();
    spec.environment().forEach((k, v) -> env.add(k + "=" + v));
    env.add("PORT=" + config.port());
    return docker
        .createContainerCmd(spec.image())
        .withName(name)
        .withLabels(labels)
        .withEnv(env)
        // The command replaces the image's entrypoint, as a pod's command does on Kubernetes.
        .withEntrypoint(argv(spec.command()))
        .withWorkingDir(workingDir(spec))
        .withUser(user(spec.options()))
        .withExposedPorts(ExposedPort.tcp(config.port()))
        .withHostConfig(host(name, spec, hostPort, labels));
  }

  /** The user the sandbox runs as: the one {@code /start} names, never root. */
  String user(LaunchOptions options) {
    return positive(options.runAsUser(), config.uid())
        + ":"
        + positive(options.runAsGroup(), config.gid());
  }

  /** The working directory: the request's when it is a container path, else the workspace. */
  String workingDir(LaunchSpec spec) {
    String dir = spec.workingDir();
    return dir != null && dir.startsWith("/") ? dir : config.workspace();
  }

  private HostConfig host(String name, LaunchSpec spec, int hostPort, Map<String, String> labels) {
    int factor = spec.options().resourceFactor();
    long memory = config.memory().asLongValue() * factor;
    return HostConfig.newHostConfig()
        .withMounts(mounts(name, labels))
        .withPortBindings(
            new PortBinding(
                Ports.Binding.bindIpAndPort(config.publishHost(), hostPort),
                ExposedPort.tcp(config.port())))
        .withMemory(memory)
        .withMemorySwap(memory)
        .withNanoCPUs(Math.round(config.cpus() * factor * 1e9))
        .withPidsLimit(config.pids() * factor)
        .withCapDrop(Capability.ALL)
        .withSecurityOpts(List.of("no-new-privileges"))
        // An init reaps the orphans the shells of a sandbox leave behind.
        .withInit(true)
        .withRestartPolicy(RestartPolicy.noRestart())
        .withLogConfig(
            new LogConfig(
                LogConfig.LoggingType.JSON_FILE, Map.of("max-size", "10m", "max-file", "2")));
  }

  private List<Mount> mounts(String volume, Map<String, String> labels) {
    List<Mount> mounts = new ArrayList<>();
    // The labels apply when this mount creates the volume (the first start) and not after.
    mounts.add(
        new Mount()
            .withType(MountType.VOLUME)
            .withSource(volume)
            .withTarget(config.workspace())
            .withVolumeOptions(new VolumeOptions().withLabels(labels)));
    mounts.addAll(binds);
    return mounts;
  }

  private static Mount bind(String source, String target) {
    return new Mount()
        .withType(MountType.BIND)
        .withSource(source)
        .withTarget(target)
        .withReadOnly(true);
  }

  /** A list runs as it is; a line goes to {@code /bin/sh -c}. */
  private static List<String> argv(RuntimeCommand command) {
    return command.isLine() ? List.of("/bin/sh", "-c", command.line()) : command.argv();
  }

  private static int positive(Integer requested, int fallback) {
    return requested != null && requested > 0 ? requested : fallback;
  }
}
