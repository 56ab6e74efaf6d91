package dev.jhands.agent.server;

import dev.jhands.agent.init.InitService;
import dev.jhands.events.api.AliveStatus;
import dev.jhands.events.server.AgentServerInfo;
import dev.jhands.events.server.ReadyStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The open routes of contract §2.1. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ServerResource {

  private static final Instant STARTED = Instant.now();

  private final String version;
  private final ActivityClock activity;
  private final InitService init;

  public ServerResource(
      @ConfigProperty(name = "quarkus.application.version", defaultValue = "0.1.0") String version,
      ActivityClock activity,
      InitService init) {
    this.version = version;
    this.activity = activity;
    this.init = init;
  }

  @GET
  @Path("alive")
  public AliveStatus alive() {
    return AliveStatus.OK;
  }

  /** The baseline answers the JSON string "OK". */
  @GET
  @Path("health")
  public String health() {
    return "\"OK\"";
  }

  /** The baseline answers the server info at the root when no static UI is configured. */
  @GET
  public AgentServerInfo root() {
    return serverInfo();
  }

  @GET
  @Path("server_info")
  public AgentServerInfo serverInfo() {
    Instant now = Instant.now();
    return AgentServerInfo.of(seconds(STARTED, now), seconds(activity.last(), now), version);
  }

  /**
   * 200 once the stored conversations are loaded and the webhooks run; 503 before, and for as long
   * as a deferred-init server is dormant. (The SDK answers 200 while dormant; here ready means
   * ready for users, so a warm-pool probe should use {@code /alive} or {@code GET /api/init}.)
   */
  @GET
  @Path("ready")
  public Response ready() {
    return init.ready()
        ? Response.ok(ReadyStatus.READY).build()
        : Response.status(503).entity(ReadyStatus.INITIALIZING).build();
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1000.0;
  }
}
