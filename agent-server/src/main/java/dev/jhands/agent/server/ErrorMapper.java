package dev.jhands.agent.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.jhands.events.api.ErrorDetail;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one error shape of this server, {@code {"detail": "..."}}. A bad request is a 4xx that says
 * what is wrong; only a failure of the server itself is a 500.
 */
public class ErrorMapper {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

  @ServerExceptionMapper
  public Response badRequest(IllegalArgumentException e) {
    return error(400, e.getMessage());
  }

  // Malformed or mistyped JSON bodies: the parser's message says where.
  @ServerExceptionMapper
  public Response badJson(JsonProcessingException e) {
    return error(400, "Invalid JSON body: " + e.getOriginalMessage());
  }

  @ServerExceptionMapper
  public Response notFound(NotFound e) {
    return error(404, e.getMessage());
  }

  // FastAPI's words for an unmatched route: the framework's own text names internals.
  @ServerExceptionMapper
  public Response noRoute(NotFoundException e) {
    return error(404, "Not Found");
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    if (e.getCause() instanceof JsonProcessingException json) {
      return badJson(json);
    }
    String detail =
        e.getMessage() == null ? e.getResponse().getStatusInfo().getReasonPhrase() : e.getMessage();
    return error(e.getResponse().getStatus(), detail);
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e) {
    LOG.error("request failed", e);
    return error(500, "Internal Server Error");
  }

  public static Response error(int status, String detail) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorDetail(detail))
        .build();
  }
}
