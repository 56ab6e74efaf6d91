package dev.jhands.agent.server;

import dev.jhands.agent.settings.ServerSettings;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requires {@code X-Session-API-Key} whenever keys are configured, with the agent server's answer:
 * {@code 401 {"detail": "Unauthorized"}}. Health and info stay open. The open routes are listed
 * exactly, rather than guarding a {@code /api} prefix, so that an odd spelling of an API path
 * ({@code //api/...}) that the router might still match cannot slip past. {@code /api/init} has its
 * own key ({@code X-Init-API-Key}), as in the SDK. Any configured key is accepted, and the keys are
 * read per request because {@code POST /api/init} may replace them.
 */
public class SessionKeyFilter {

  static final String HEADER = "X-Session-API-Key";
  private static final Set<String> OPEN =
      Set.of(
          "", "/", "/alive", "/health", "/server_info", "/ready", "/docs", "/redoc", "/api/init");

  private final ServerSettings settings;

  public SessionKeyFilter(ServerSettings settings) {
    this.settings = settings;
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> check(ContainerRequestContext request) {
    if (!settings.keysRequired()
        || isOpen(request.getUriInfo().getPath())
        || settings.acceptsKey(request.getHeaderString(HEADER))) {
      return Optional.empty();
    }
    return Optional.of(ErrorMapper.error(401, "Unauthorized"));
  }

  private static boolean isOpen(String path) {
    return OPEN.contains(path) || path.equals("/q/health") || path.startsWith("/q/health/");
  }
}
