package dev.jhands.agent.init;

import dev.jhands.agent.server.ErrorMapper;
import dev.jhands.agent.server.OpenRoutes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * While the server is dormant or activating, every route but the open ones and {@code /api/init}
 * answers 503, after the session key check as in the SDK (so a caller without the key still gets
 * 401). Like that check it lists what stays open rather than guarding a prefix, so no spelling of
 * an {@code /api} path slips through.
 */
public class DormantFilter {

  private final InitService init;

  public DormantFilter(InitService init) {
    this.init = init;
  }

  @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 100)
  public Optional<Response> check(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (init.ready() || OpenRoutes.isOpen(path) || OpenRoutes.INIT.equals(path)) {
      return Optional.empty();
    }
    return Optional.of(
        ErrorMapper.error(
            503,
            "server is in deferred-init state '"
                + init.status().state().wire()
                + "'; call POST /api/init first"));
  }
}
