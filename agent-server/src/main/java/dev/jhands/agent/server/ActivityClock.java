package dev.jhands.agent.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Instant;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * When the server last did something, for {@code idle_time}: the runtime reaps sandboxes idle too
 * long. Any {@code /api} call counts; polling the open routes does not, or polling would keep a
 * sandbox alive for ever.
 */
@ApplicationScoped
public class ActivityClock {

  private volatile Instant last = Instant.now();

  public Instant last() {
    return last;
  }

  public void touch() {
    last = Instant.now();
  }

  @ServerRequestFilter
  public void onRequest(ContainerRequestContext request) {
    if (request.getUriInfo().getPath().startsWith("/api")) {
      touch();
    }
  }
}
