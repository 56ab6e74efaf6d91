package dev.jhands.agent;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every setting of the agent server, under {@code jhands.agent}, fed from OpenHands' OH_* vars. */
@ConfigMapping(prefix = "jhands.agent")
public interface AgentServerConfig {

  /**
   * The keys callers may send as {@code X-Session-API-Key}, any of them (to rotate keys). None
   * means the {@code /api} routes are open, as in OpenHands. Fed from {@code
   * OH_SESSION_API_KEYS_<n>} or {@code SESSION_API_KEY} by {@code OhEnvConfigSource}; the first one
   * signs webhook requests.
   */
  Optional<List<String>> sessionApiKeys();

  /**
   * Encrypts secrets on disk ({@code OH_SECRET_KEY}); unset means the first session key. With
   * neither, secrets are masked on disk and lost on restart. On a dormant server it is also the
   * bootstrap secret that {@code POST /api/init} must carry.
   */
  Optional<String> secretKey();

  /**
   * Start dormant ({@code OH_DEFERRED_INIT}): {@code /api/*} answers 503 until {@code POST
   * /api/init} delivers the per-user settings (a warm-pool sandbox).
   */
  @WithDefault("false")
  boolean deferredInit();

  /** Outbound webhooks ({@code OH_WEBHOOKS_<n>_*}, contract §4). */
  Optional<List<Webhook>> webhooks();

  /** One directory per conversation lives here (contract §7.8). */
  @WithDefault("workspace/conversations")
  Path conversationsPath();

  /** Where the {@code /api/bash} routes keep their events, one JSON file each. */
  @WithDefault("workspace/bash_events")
  Path bashEventsDir();

  /** The action-execution server beside this one, which runs the agent's tools. */
  @WithDefault("http://127.0.0.1:60002")
  String actionExecutionUrl();

  /**
   * The key the action-execution server wants; in a sandbox both servers share one, so by default
   * the first session key.
   */
  Optional<String> actionExecutionApiKey();

  Socket socket();

  Vscode vscode();

  /** One webhook; the defaults are the contract's. */
  interface Webhook {
    String baseUrl();

    /** Extra request headers, as a JSON object. */
    Optional<String> headers();

    @WithDefault("10")
    int eventBufferSize();

    /** Seconds without a new event before a partial batch is sent. */
    @WithDefault("30")
    double flushDelay();

    @WithDefault("3")
    int numRetries();

    /** Seconds between attempts. */
    @WithDefault("5")
    int retryDelay();
  }

  /** The WebSockets: the conversation's and the bash events'. */
  interface Socket {
    /**
     * Events queued for one subscriber before it counts as too slow and is closed, so that it never
     * holds up the agent or the other subscribers.
     */
    @WithDefault("1000")
    int queueCapacity();

    /** How long a socket may stay silent before its first-frame auth fails (contract §1). */
    @WithDefault("10s")
    Duration authWindow();

    /** Bash sockets open at once; one more is closed with 1013, as in HEAD. */
    @WithDefault("50")
    int maxBashSubscribers();
  }

  /** The IDE routes. No VS Code server runs here, so an enabled one is never running. */
  interface Vscode {
    /** OpenHands' {@code enable_vscode}: when off, {@code /api/vscode/url} answers 503. */
    @WithDefault("true")
    boolean enabled();
  }
}
