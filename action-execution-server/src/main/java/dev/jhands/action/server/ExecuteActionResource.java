package dev.jhands.action.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.action.execute.ActionExecutor;
import dev.jhands.events.sandbox.ExecuteActionRequest;
import dev.jhands.events.sandbox.SandboxObservationEvent;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /execute_action}: one action in, one observation out. */
@Path("/execute_action")
public class ExecuteActionResource {

  private final ActionExecutor executor;
  private final ObjectMapper mapper;

  public ExecuteActionResource(ActionExecutor executor, ObjectMapper mapper) {
    this.executor = executor;
    this.mapper = mapper;
  }

  // The body is read here, not by the framework, so a bad action gets the wire model's own
  // message (which names the field) rather than a generic binding error.
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public SandboxObservationEvent execute(byte[] body) throws Exception {
    ExecuteActionRequest request;
    try {
      request = mapper.readValue(body, ExecuteActionRequest.class);
    } catch (JsonProcessingException e) {
      throw new BadRequestException(e.getOriginalMessage(), e);
    }
    if (request == null || request.action() == null) {
      throw new BadRequestException("The body must be {\"action\": <action event>}");
    }
    return SandboxObservationEvent.of(executor.execute(request.action()));
  }
}
