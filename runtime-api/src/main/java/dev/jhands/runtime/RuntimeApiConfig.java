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

  Kubernetes kubernetes();

  /**
   * Warm pools by name: {@code jhands.runtime.warm-pools."<name>".image=...}. A {@code /start}
   * whose image, command, resource factor and runtime class match a pool claims one of its ready
   * members instead of starting cold.
   */
  Map<String, WarmPool> warmPools();

  /** One warm pool: the sandboxes it keeps dormant, and how many. */
  interface WarmPool {
    String image();

    /** The command as {@code /start} sends it (a list); the pool's members run it dormant. */
    List<String> command();

    @WithDefault("1")
    int resourceFactor();

    Optional<String> runtimeClass();

    /** Reported to V1 in the warm config; members run in their backend's default. */
    Optional<String> workingDir();

    /** The members' own environment; the claiming caller's is added at activation. */
    Map<String, String> environment();

    /**
     * The user, group and fsGroup the members run as (else the backend's defaults). When set, a
     * {@code /start} naming other IDs is not served from the pool; V1 replays the listed ones.
     */
    Optional<Integer> runAsUser();

    Optional<Integer> runAsGroup();

    Optional<Integer> fsGroup();

    /** How many ready, unclaimed members the pool keeps. */
    @WithDefault("1")
    int targetSize();

    /** How many members may be starting at once: bounds what failing starts can cost. */
    @WithDefault("2")
    int maxStarting();
  }

  Housekeeping housekeeping();

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

  /**
   * The {@code kubernetes} backend: per sandbox a pod, a PersistentVolumeClaim for {@code
   * /workspace}, a Secret (the record), a Service and optionally an Ingress.
   */
  interface Kubernetes {
    /** Where the sandboxes live; without it, the client's namespace (in a pod: its own). */
    Optional<String> namespace();

    /** The image holding the tools bundle, copied by an init container into {@code /opt/jhands}. */
    @WithDefault("ghcr.io/jhands/tools-bundle:0.1.0")
    String bundleImage();

    /** How the init container copies the bundle into the emptyDir mounted at /opt/jhands. */
    @WithDefault("sh,-c,cp -a /bundle/. /opt/jhands/")
    java.util.List<String> bundleCommand();

    /** The port the in-sandbox server listens on, also given as {@code PORT}. */
    @WithDefault("60000")
    int sandboxPort();

    /**
     * The sandbox URL, with {@code {runtime_id}}, {@code {service}}, {@code {namespace}}, {@code
     * {port}} and {@code {host}} (the Ingress host). Without it: {@code https://{host}} when an
     * Ingress host is set, else {@code http://{service}.{namespace}.svc:{port}}.
     */
    Optional<String> urlTemplate();

    /** An Ingress per sandbox on this host, e.g. {@code {runtime_id}.sandbox.example.com}. */
    Optional<String> ingressHost();

    Optional<String> ingressClass();

    /** A TLS Secret (usually a wildcard certificate) for the Ingress hosts. */
    Optional<String> ingressTlsSecret();

    /** The workspace claim's storage class; without it, the cluster's default. */
    Optional<String> storageClass();

    @WithDefault("10Gi")
    String storageSize();

    /**
     * The RuntimeClass of sandboxes that ask for none, or for one not in {@code runtime-classes}.
     */
    Optional<String> runtimeClass();

    /** Requested runtime class to the cluster's RuntimeClass name, e.g. sysbox-runc → kata. */
    Map<String, String> runtimeClasses();

    /** Requests and limits at resource_factor 1; a factor multiplies both. */
    @WithDefault("1")
    String cpu();

    @WithDefault("2Gi")
    String memory();

    Optional<String> serviceAccount();

    /** Unless the request names one. */
    @WithDefault("IfNotPresent")
    String imagePullPolicy();

    Map<String, String> nodeSelector();

    /**
     * Also expose VS Code (60001) and the two worker ports (12000, 12001) that clients expect at
     * fixed in-pod ports (runtime-api.md §4): on the Service, and with an Ingress at the sibling
     * hosts {@code vscode-<host>}, {@code work-1-<host>}, {@code work-2-<host>}.
     */
    @WithDefault("true")
    boolean exposeServicePorts();

    /**
     * A NetworkPolicy per sandbox: traffic in only to the sandbox port; out to anywhere but {@code
     * egress-deny-cidrs}, and DNS. Enforced only where the cluster's network plugin does.
     */
    @WithDefault("true")
    boolean networkPolicy();

    /**
     * IPv4 ranges sandboxes may not reach: the cloud metadata endpoint by default; add the
     * cluster's pod and service ranges to keep sandboxes off the cluster's services.
     */
    @WithDefault("169.254.169.254/32")
    java.util.List<String> egressDenyCidrs();

    /**
     * How often each replica reads every record back, to see what the others started or stopped.
     */
    @WithDefault("5s")
    Duration resyncInterval();

    /**
     * Once the pod is Ready, also probe {@code <url>/alive} from the runtime API before saying
     * {@code running}: for URLs through an Ingress, whose controller may lag behind the pod.
     */
    @WithDefault("false")
    boolean probeUrl();

    /** The pod's user, group and fsGroup unless the request names them. */
    @WithDefault("1000")
    long runAsUser();

    @WithDefault("1000")
    long runAsGroup();

    @WithDefault("1000")
    long fsGroup();
  }

  /**
   * What the runtime API ends by itself, on every backend: idle sandboxes are paused, old ones
   * stopped, long-paused ones removed. A duration of 0 turns a rule off.
   */
  interface Housekeeping {
    /**
     * Pause a running sandbox whose agent server reports at least this {@code idle_time} on {@code
     * GET <url>/server_info}; one that does not answer it is never paused for idleness.
     */
    @WithDefault("20m")
    Duration idlePauseAfter();

    /** Stop (and delete the workspace of) any runtime this long after its creation; 0: never. */
    @WithDefault("0s")
    Duration maxLifetime();

    /** Stop (and delete the workspace of) a runtime paused this long; 0: never. */
    @WithDefault("7d")
    Duration removePausedAfter();

    /** How often the rules are applied. */
    @WithDefault("30s")
    Duration interval();
  }

  default Optional<TenantConfig> tenant(String name) {
    return Optional.ofNullable(tenants().get(name));
  }
}
