package dev.jhands.agent.server;

import dev.jhands.agent.settings.ServerSettings;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requires {@code X-Session-API-Key} whenever keys are configured, with the agent server's answer:
 * {@code 401 {"detail": "Unauthorized"}}. Only the {@link OpenRoutes} stay open. {@code /api/init}
 * has its own key ({@code X-Init-API-Key}), as in the SDK. Any configured key is accepted, and the
 * keys are read per request because {@code POST /api/init} may replace them.
 */
public class SessionKeyFilter {

  static final String HEADER = "X-Session-API-Key";

  private final ServerSettings settings;

  public SessionKeyFilter(ServerSettings settings) {
    this.settings = settings;
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> check(ContainerRequestContext request) {
    if (!settings.keysRequired()
        || OpenRoutes.isOpen(request.getUriInfo().getPath())
        || OpenRoutes.INIT.equals(request.getUriInfo().getPath())
        || settings.acceptsKey(request.getHeaderString(HEADER))) {
      return Optional.empty();
    }
    return Optional.of(ErrorMapper.error(401, "Unauthorized"));
  }
}
