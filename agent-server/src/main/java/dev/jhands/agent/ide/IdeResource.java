package dev.jhands.agent.ide;

import dev.jhands.agent.AgentServerConfig;
import dev.jhands.agent.server.ErrorMapper;
import dev.jhands.events.server.VscodeStatus;
import dev.jhands.events.server.VscodeUrl;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The IDE routes of contract §2.4, answered as OpenHands answers them when no VS Code server has
 * started (no binary in the image): enabled by configuration, never running, so its URL is null.
 * The noVNC desktop is never enabled here.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class IdeResource {

  private final boolean vscodeEnabled;

  public IdeResource(AgentServerConfig config) {
    this.vscodeEnabled = config.vscode().enabled();
  }

  /**
   * {@code base_url} and {@code workspace_dir} only shape a URL built from the server's connection
   * token, and there is none while VS Code does not run.
   */
  @GET
  @Path("/vscode/url")
  public Response vscodeUrl(
      @QueryParam("base_url") String baseUrl, @QueryParam("workspace_dir") String workspaceDir) {
    if (!vscodeEnabled) {
      return ErrorMapper.error(
          503, "VSCode is disabled in configuration. Set enable_vscode=true to enable.");
    }
    return Response.ok(new VscodeUrl(null)).build();
  }

  @GET
  @Path("/vscode/status")
  public VscodeStatus vscodeStatus() {
    return vscodeEnabled ? VscodeStatus.ofEnabled(false) : VscodeStatus.DISABLED;
  }

  @GET
  @Path("/desktop/url")
  public Response desktopUrl(@QueryParam("base_url") String baseUrl) {
    return ErrorMapper.error(
        503, "Desktop is disabled in configuration. Set enable_vnc=true to enable.");
  }
}
