package dev.jhands.agent.server;

import dev.jhands.agent.AgentServerConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requires {@code X-Session-API-Key} whenever keys are configured, with the agent server's answer:
 * {@code 401 {"detail": "Unauthorized"}}. Health and info stay open. The open routes are listed
 * exactly, rather than guarding a {@code /api} prefix, so that an odd spelling of an API path
 * ({@code //api/...}) that the router might still match cannot slip past.
 */
public class SessionKeyFilter {

  static final String HEADER = "X-Session-API-Key";
  private static final Set<String> OPEN =
      Set.of("", "/", "/alive", "/health", "/server_info", "/ready", "/docs", "/redoc");

  private final List<byte[]> keys;

  public SessionKeyFilter(AgentServerConfig config) {
    keys =
        config.sessionApiKeys().orElse(List.of()).stream()
            .filter(k -> !k.isBlank())
            .map(k -> k.getBytes(StandardCharsets.UTF_8))
            .toList();
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> check(ContainerRequestContext request) {
    if (keys.isEmpty() || isOpen(request.getUriInfo().getPath())) {
      return Optional.empty();
    }
    String sent = request.getHeaderString(HEADER);
    if (sent != null) {
      byte[] bytes = sent.getBytes(StandardCharsets.UTF_8);
      // Constant-time per key, so a near miss does not answer faster than a far one.
      if (keys.stream().anyMatch(k -> MessageDigest.isEqual(k, bytes))) {
        return Optional.empty();
      }
    }
    return Optional.of(ErrorMapper.error(401, "Unauthorized"));
  }

  private static boolean isOpen(String path) {
    return OPEN.contains(path) || path.equals("/q/health") || path.startsWith("/q/health/");
  }
}
