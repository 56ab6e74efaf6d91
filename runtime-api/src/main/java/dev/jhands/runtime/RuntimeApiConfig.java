package dev.jhands.runtime;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every setting of the runtime API, under {@code jhands.runtime}. */
@ConfigMapping(prefix = "jhands.runtime")
public interface RuntimeApiConfig {

  /**
   * The tenants by name: {@code jhands.runtime.tenants."<name>".api-key}. Without any, every route
   * but health answers 401.
   */
  Map<String, TenantConfig> tenants();

  /**
   * Where sandboxes run: {@code process} (the embedded default), {@code docker}, {@code
   * kubernetes}.
   */
  @WithDefault("process")
  BackendKind backend();

  /** The backends this service can drive. */
  enum BackendKind {
    PROCESS,
    DOCKER,
    KUBERNETES
  }

  /** Where the record files, workspaces and logs live; the source of truth across restarts. */
  @WithDefault("${user.home}/.jhands/runtime-api")
  Path stateDir();

  /** How long a sandbox may take to answer {@code GET <url>/alive} before it is an error. */
  @WithDefault("120s")
  Duration readyTimeout();

  /** How often starting and running sandboxes are checked. */
  @WithDefault("500ms")
  Duration pollInterval();

  /**
   * Give a resumed sandbox a fresh session key. Off by default: V0 and the SDK read the key before
   * {@code /resume} and never again (runtime-api.md §5.2).
   */
  @WithDefault("false")
  boolean rotateKeyOnResume();

  /** Bounds on the {@code environment} of {@code /start}: entries, and characters in all. */
  @WithDefault("512")
  int maxEnvironmentEntries();

  @WithDefault("262144")
  int maxEnvironmentChars();

  /** What {@code GET /registry_prefix} answers. */
  @WithDefault("localhost/jhands")
  String registryPrefix();

  Process process();

  Docker docker();

  /** One tenant: its key and how many sandboxes it may hold at once. */
  interface TenantConfig {
    String apiKey();

    @WithDefault("10")
    int maxSandboxes();
  }

  /** The {@code process} backend: sandboxes as local process groups. */
  interface Process {
    /** The loopback address the sandboxes listen on and the URLs name. */
    @WithDefault("127.0.0.1")
    String host();

    /** Occurrences of this text in the command are replaced by the sandbox's port. */
    @WithDefault("60000")
    String portPlaceholder();

    /** How long a stopped or paused sandbox gets between SIGTERM and SIGKILL. */
    @WithDefault("5s")
    Duration stopGrace();

    /**
     * End every sandbox when the runtime API shuts down. Off by default so that a restarted runtime
     * API adopts its sandboxes; tests turn it on so that none outlives them.
     */
    @WithDefault("false")
    boolean stopOnShutdown();

    /** Variables of the runtime API's own environment a sandbox inherits; no others leak. */
    @WithDefault("PATH,HOME,LANG,LC_ALL,TZ,TMPDIR,PYENV_ROOT")
    java.util.List<String> inheritEnvironment();
  }

  /** The {@code docker} backend: one container and one named volume per runtime. */
  interface Docker {
    /** The engine's address ({@code unix:///var/run/docker.sock}); unset: {@code DOCKER_HOST}. */
    Optional<String> host();

    /**
     * Prefix of the names and value of the namespace label of this runtime API's containers and
     * volumes: it adopts exactly those at boot, so two runtime APIs on one engine need two.
     */
    @WithDefault("jhands")
    String namespace();

    /** The tools bundle directory on the engine's host, mounted read-only; unset: none. */
    Optional<Path> bundle();

    @WithDefault("/opt/jhands")
    String bundleTarget();

    /** More read-only bind mounts, each {@code /host/path:/container/path}. */
    Optional<List<String>> extraMounts();

    /** Where the runtime's volume is mounted; kept across pause and resume. */
    @WithDefault("/workspace")
    String workspace();

    /** The port the sandbox listens on inside the container; also its {@code PORT}. */
    @WithDefault("60000")
    int port();

    /** The host address the port is published on, and the URLs name. */
    @WithDefault("127.0.0.1")
    String publishHost();

    /** The non-root user and group sandboxes run as unless {@code /start} names others. */
    @WithDefault("1000")
    int uid();

    @WithDefault("1000")
    int gid();

    /** Limits at {@code resource_factor} 1; a factor multiplies all three. */
    @WithDefault("1")
    double cpus();

    @WithDefault("2G")
    MemorySize memory();

    @WithDefault("1024")
    long pids();

    /** How long {@code docker stop} waits before it kills. */
    @WithDefault("5s")
    Duration stopGrace();

    /**
     * Stop (remove) every sandbox with a container when the runtime API shuts down; for tests. Off
     * so that a restarted runtime API adopts them.
     */
    @WithDefault("false")
    boolean stopOnShutdown();

    /** How many lines of a dead container's log its {@code status_detail} quotes. */
    @WithDefault("20")
    int logTail();
  }

  default Optional<TenantConfig> tenant(String name) {
    return Optional.ofNullable(tenants().get(name));
  }
}
