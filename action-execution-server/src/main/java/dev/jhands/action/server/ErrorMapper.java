package dev.jhands.action.server;

import dev.jhands.action.execute.InvalidActionException;
import dev.jhands.events.api.ErrorDetail;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one error shape of this server, {@code {"detail": "..."}}. A bad request is a 4xx that says
 * what is wrong; only a failure of the server itself is a 500. (OpenHands answers 500 for most bad
 * requests; its clients read {@code detail} from any non-2xx, so the truer status costs nothing.)
 */
public class ErrorMapper {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

  @ServerExceptionMapper
  public Response invalidAction(InvalidActionException e) {
    return error(Response.Status.BAD_REQUEST.getStatusCode(), e.getMessage());
  }

  // FastAPI's words, which OpenHands clients have seen: the framework's own text names internals.
  @ServerExceptionMapper
  public Response notFound(NotFoundException e) {
    return error(404, "Not Found");
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    String detail =
        e.getMessage() == null ? e.getResponse().getStatusInfo().getReasonPhrase() : e.getMessage();
    return error(e.getResponse().getStatus(), detail);
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e) {
    LOG.error("action failed", e);
    return error(500, "Internal server error: " + e.getMessage());
  }

  static Response error(int status, String detail) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorDetail(detail))
        .build();
  }
}
