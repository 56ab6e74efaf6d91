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
   * The keys callers may send as {@code X-Session-API-Key}. None means the {@code /api} routes are
   * open, as in OpenHands.
   */
  Optional<List<String>> sessionApiKeys();

  /** One directory per conversation lives here (contract §7.8). */
  @WithDefault("workspace/conversations")
  Path conversationsPath();

  /** Where the {@code /api/bash} routes keep their events, one JSON file each. */
  @WithDefault("workspace/bash_events")
  Path bashEventsDir();

  /** The app server's webhook base URL; unused until webhooks exist. */
  Optional<String> webhookBaseUrl();

  /** The action-execution server the agent's tools will call; unused until the agent loop. */
  @WithDefault("http://127.0.0.1:60002")
  String actionExecutionUrl();

  Socket socket();

  Vscode vscode();

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
