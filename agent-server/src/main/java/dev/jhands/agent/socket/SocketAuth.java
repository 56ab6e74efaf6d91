package dev.jhands.agent.socket;

import dev.jhands.agent.AgentServerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The socket's own key check. The REST {@code SessionKeyFilter} never sees the upgrade (WebSockets
 * Next routes it outside RESTEasy), and the socket answers with close codes, not a 401.
 */
@ApplicationScoped
public class SocketAuth {

  private final List<byte[]> keys;

  public SocketAuth(AgentServerConfig config) {
    keys =
        config.sessionApiKeys().orElse(List.of()).stream()
            .filter(k -> !k.isBlank())
            .map(k -> k.getBytes(StandardCharsets.UTF_8))
            .toList();
  }

  /** No key configured means the socket is open, as the REST routes are. */
  public boolean required() {
    return !keys.isEmpty();
  }

  public boolean accepts(String sent) {
    if (sent == null) {
      return false;
    }
    byte[] bytes = sent.getBytes(StandardCharsets.UTF_8);
    // Constant-time per key, so a near miss does not answer faster than a far one.
    return keys.stream().anyMatch(k -> MessageDigest.isEqual(k, bytes));
  }
}
