package dev.jhands.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
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

  default Optional<TenantConfig> tenant(String name) {
    return Optional.ofNullable(tenants().get(name));
  }
}
