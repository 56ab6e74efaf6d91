package dev.jhands.agent.loop;

import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.conversation.ConversationRunner.AlreadyRunningException;
import dev.jhands.agent.conversation.ConversationService;
import dev.jhands.agent.conversation.Conversations;
import dev.jhands.events.api.Success;
import dev.jhands.events.conversation.ConfirmationResponseRequest;
import dev.jhands.events.conversation.GenerateTitleRequest;
import dev.jhands.events.conversation.GenerateTitleResponse;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * The routes that drive the agent: run (HEAD: returns at once, 409 while running), the answer to a
 * confirmation, and a title written by the LLM.
 */
@Path("/api/conversations/{id}")
public class RunResource {

  private final Conversations lookup;
  private final RunService runs;

  public RunResource(ConversationService service, RunService runs) {
    this.lookup = new Conversations(service);
    this.runs = runs;
  }

  @POST
  @Path("/run")
  public Success run(@PathParam("id") String id) {
    Conversation conversation = lookup.require(id);
    try {
      runs.run(conversation);
    } catch (AlreadyRunningException e) {
      throw new ClientErrorException("Conversation already running", Response.Status.CONFLICT);
    }
    return Success.OK;
  }

  /**
   * Accepting runs the pending actions (a run counts as approval); rejecting answers each with a
   * UserRejectObservation and leaves the conversation idle (HEAD behaviour).
   */
  @POST
  @Path("/events/respond_to_confirmation")
  public Success respond(@PathParam("id") String id, ConfirmationResponseRequest request) {
    if (request == null) {
      throw new BadRequestException("A body {\"accept\": bool, \"reason\": str} is required");
    }
    Conversation conversation = lookup.require(id);
    if (request.accept()) {
      runs.runIfIdle(conversation);
    } else {
      runs.reject(conversation, request.reason());
    }
    return Success.OK;
  }

  @POST
  @Path("/generate_title")
  public GenerateTitleResponse generateTitle(
      @PathParam("id") String id, GenerateTitleRequest request) {
    GenerateTitleRequest body = request == null ? new GenerateTitleRequest(null, null) : request;
    Conversation conversation = lookup.require(id);
    return new GenerateTitleResponse(TitleWriter.title(conversation, body, runs));
  }
}
