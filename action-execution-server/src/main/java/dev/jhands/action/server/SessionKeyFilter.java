package dev.jhands.action.server;

import dev.jhands.action.ActionExecutionConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requires {@code X-Session-API-Key} on every route but the liveness ones whenever a key is
 * configured, with OpenHands' answer: {@code 403 {"detail": "Invalid API Key"}}.
 */
public class SessionKeyFilter {

  static final String HEADER = "X-Session-API-Key";
  private static final Set<String> OPEN = Set.of("/alive", "/server_info");

  private final Optional<byte[]> key;

  public SessionKeyFilter(ActionExecutionConfig config) {
    key =
        config
            .sessionApiKey()
            .filter(k -> !k.isBlank())
            .map(k -> k.getBytes(StandardCharsets.UTF_8));
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> check(ContainerRequestContext request) {
    if (key.isEmpty() || isOpen(request.getUriInfo().getPath())) {
      return Optional.empty();
    }
    String sent = request.getHeaderString(HEADER);
    if (sent != null && MessageDigest.isEqual(key.get(), sent.getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    return Optional.of(ErrorMapper.error(403, "Invalid API Key"));
  }

  private static boolean isOpen(String path) {
    return OPEN.contains(path) || path.startsWith("/q/health");
  }
}
