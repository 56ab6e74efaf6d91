package dev.jhands.agent.socket;

import dev.jhands.agent.settings.ServerSettings;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The socket's own key check. The REST {@code SessionKeyFilter} never sees the upgrade (WebSockets
 * Next routes it outside RESTEasy), and the socket answers with close codes, not a 401. Both
 * sockets use it; it accepts every configured key, as {@code POST /api/init} last set them.
 */
@ApplicationScoped
public class SocketAuth {

  private final ServerSettings settings;

  public SocketAuth(ServerSettings settings) {
    this.settings = settings;
  }

  /** No key configured means the socket is open, as the REST routes are. */
  public boolean required() {
    return settings.keysRequired();
  }

  /** Constant-time against every key, so timing tells nothing about them. */
  public boolean accepts(String sent) {
    return settings.acceptsKey(sent);
  }
}
