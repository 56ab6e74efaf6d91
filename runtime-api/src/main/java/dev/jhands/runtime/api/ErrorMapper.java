package dev.jhands.runtime.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.jhands.events.api.ErrorDetail;
import dev.jhands.runtime.sandbox.SandboxException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one error shape of this server, FastAPI's {@code {"detail": "..."}}, which clients read. */
public class ErrorMapper {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

  @ServerExceptionMapper
  public Response sandbox(SandboxException e) {
    return error(e.status(), e.getMessage());
  }

  @ServerExceptionMapper
  public Response badJson(JsonProcessingException e) {
    return error(400, "invalid request body: " + e.getOriginalMessage() + path(e));
  }

  // Named apart: Quarkus maps this one itself, to a 400 without a body.
  @ServerExceptionMapper
  public Response mismatchedJson(MismatchedInputException e) {
    return badJson(e);
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e) {
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
    return error(500, "Internal server error: " + e.getMessage());
  }

  static Response error(int status, String detail) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorDetail(detail))
        .build();
  }

  private static String path(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return " (at " + mapping.getPathReference() + ")";
    }
    return "";
  }
}
