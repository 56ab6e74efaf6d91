package dev.jhands.agent;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
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

  /** The action-execution server beside this one, which runs the agent's tools. */
  @WithDefault("http://127.0.0.1:60002")
  String actionExecutionUrl();

  /**
   * The key the action-execution server wants; in a sandbox both servers share one, so by default
   * the first session key.
   */
  Optional<String> actionExecutionApiKey();

  Socket socket();

  /** The conversation WebSocket. */
  interface Socket {
    /**
     * Events queued for one subscriber before it counts as too slow and is closed, so that it never
     * holds up the agent or the other subscribers.
     */
    @WithDefault("1000")
    int queueCapacity();
  }
}
