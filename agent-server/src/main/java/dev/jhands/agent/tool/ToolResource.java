package dev.jhands.agent.tool;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/tools/} (contract §2.4): the names of the registered tools. */
@Path("/api/tools")
@Produces(MediaType.APPLICATION_JSON)
public class ToolResource {

  private final ToolRegistry registry;

  public ToolResource(ToolRegistry registry) {
    this.registry = registry;
  }

  // FastAPI serves "/api/tools/" and redirects "/api/tools" to it; both answer here.
  @GET
  @Path("/")
  public List<String> list() {
    return registry.names();
  }
}
