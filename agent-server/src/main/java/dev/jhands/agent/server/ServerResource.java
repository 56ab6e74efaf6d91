package dev.jhands.agent.server;

import dev.jhands.agent.conversation.ConversationService;
import dev.jhands.events.api.AliveStatus;
import dev.jhands.events.server.AgentServerInfo;
import dev.jhands.events.server.ReadyStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
  private final ConversationService conversations;

  public ServerResource(
      @ConfigProperty(name = "quarkus.application.version", defaultValue = "0.1.0") String version,
      ActivityClock activity,
      ConversationService conversations) {
    this.version = version;
    this.activity = activity;
    this.conversations = conversations;
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
   * Ready once the stored conversations are loaded: the service loads them when it is created, at
   * start-up, so once this resource holds one it is ready.
   */
  @GET
  @Path("ready")
  public ReadyStatus ready() {
    return conversations != null ? ReadyStatus.READY : ReadyStatus.INITIALIZING;
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1000.0;
  }
}
