package dev.jhands.action.file;

import dev.jhands.events.sandbox.VscodeConnectionToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /vscode/connection_token}: OpenHands' answer without the VS Code plugin, {@code
 * {"token": null}}, which clients read as "no VS Code here".
 */
@Path("/vscode/connection_token")
public class VscodeResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public VscodeConnectionToken token() {
    return new VscodeConnectionToken(null);
  }
}
