package dev.jhands.action.server;

import dev.jhands.action.execute.ActivityClock;
import dev.jhands.events.api.AliveStatus;
import dev.jhands.events.sandbox.ServerInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The open routes: {@code GET /alive} and {@code GET /server_info}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ServerInfoResource {

  private final ActivityClock clock;
  private final ProcessResources resources;

  public ServerInfoResource(ActivityClock clock, ProcessResources resources) {
    this.clock = clock;
    this.resources = resources;
  }

  // Nothing is served before start-up finishes, so a server that answers is initialised.
  @GET
  @Path("alive")
  public AliveStatus alive() {
    return AliveStatus.OK;
  }

  @GET
  @Path("server_info")
  public ServerInfo serverInfo() {
    return new ServerInfo(
        seconds(clock.uptime().toNanos()), seconds(clock.idleTime().toNanos()), resources.read());
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
