package dev.jhands.agent.conversation;

import dev.jhands.agent.server.Paging;
import dev.jhands.events.api.Page;
import dev.jhands.events.api.Success;
import dev.jhands.events.conversation.ConversationInfo;
import dev.jhands.events.conversation.ExecutionStatus;
import dev.jhands.events.conversation.PauseEvent;
import dev.jhands.events.conversation.SetConfirmationPolicyRequest;
import dev.jhands.events.conversation.SetSecurityAnalyzerRequest;
import dev.jhands.events.conversation.StartConversationRequest;
import dev.jhands.events.conversation.UpdateConversationRequest;
import dev.jhands.events.conversation.UpdateSecretsRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The conversation routes of contract §2.2 that need no agent loop. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/conversations")
public class ConversationResource {

  private final ConversationService service;
  private final Conversations lookup;

  public ConversationResource(ConversationService service) {
    this.service = service;
    this.lookup = new Conversations(service);
  }

  @POST
  public Response start(StartConversationRequest request) {
    if (request == null) {
      throw new BadRequestException("A StartConversationRequest body is required");
    }
    ConversationService.Started started = service.start(request);
    return Response.status(started.created() ? 201 : 200).entity(started.info()).build();
  }

  @GET
  @Path("/search")
  public Page<ConversationInfo> search(
      @QueryParam("page_id") String pageId,
      @QueryParam("limit") Integer limit,
      @QueryParam("status") String status,
      @QueryParam("sort_order") String sortOrder) {
    int checked = Paging.limit(limit);
    List<ConversationInfo> sorted =
        ConversationSearch.filtered(service, status).stream()
            .sorted(ConversationSearch.comparator(sortOrder))
            .toList();
    return Paging.page(sorted, ConversationInfo::id, pageId, checked);
  }

  @GET
  @Path("/count")
  public int count(@QueryParam("status") String status) {
    return ConversationSearch.filtered(service, status).size();
  }

  @GET
  public List<ConversationInfo> batch(@QueryParam("ids") List<String> ids) {
    if (ids.size() >= Paging.MAX_LIMIT) {
      throw new BadRequestException("Too many ids: at most " + (Paging.MAX_LIMIT - 1));
    }
    return ids.stream()
        .map(id -> ConversationIds.parse(id).flatMap(service::get))
        .map(c -> c.map(Conversation::info).orElse(null))
        .toList();
  }

  @GET
  @Path("/{id}")
  public ConversationInfo get(@PathParam("id") String id) {
    return lookup.require(id).info();
  }

  @PATCH
  @Path("/{id}")
  public Success rename(@PathParam("id") String id, UpdateConversationRequest request) {
    String title = request == null ? null : request.title();
    if (title == null || title.isEmpty() || title.length() > 200) {
      throw new BadRequestException("title must be 1 to 200 characters");
    }
    Optional<Conversation> conversation = lookup.find(id);
    conversation.ifPresent(c -> c.rename(title));
    return conversation.isPresent() ? Success.OK : Success.FAILED;
  }

  @DELETE
  @Path("/{id}")
  public Success delete(@PathParam("id") String id) {
    UUID uuid = Conversations.parse(id);
    if (!service.delete(uuid)) {
      throw new BadRequestException("Conversation not found: " + id);
    }
    return Success.OK;
  }

  /** Pausing applies only to an idle or running conversation, as in the SDK; else it is a no-op. */
  @POST
  @Path("/{id}/pause")
  public Success pause(@PathParam("id") String id) {
    Conversation conversation =
        lookup.find(id).orElseThrow(() -> new BadRequestException("Conversation not found: " + id));
    synchronized (conversation) {
      ExecutionStatus status = conversation.status();
      if (status == ExecutionStatus.IDLE || status == ExecutionStatus.RUNNING) {
        conversation.append(PauseEvent.now());
        conversation.setStatus(ExecutionStatus.PAUSED);
        conversation.broadcastFullState();
      }
    }
    return Success.OK;
  }

  @POST
  @Path("/{id}/secrets")
  public Success secrets(@PathParam("id") String id, UpdateSecretsRequest request) {
    if (request == null) {
      throw new BadRequestException("A body {\"secrets\": {...}} is required");
    }
    lookup.require(id).updateSecrets(request.secrets());
    return Success.OK;
  }

  @POST
  @Path("/{id}/confirmation_policy")
  public Success confirmationPolicy(
      @PathParam("id") String id, SetConfirmationPolicyRequest request) {
    if (request == null || request.policy() == null) {
      throw new BadRequestException("A body {\"policy\": {\"kind\": ...}} is required");
    }
    lookup.require(id).setConfirmationPolicy(request.policy());
    return Success.OK;
  }

  /**
   * Sets or clears ({@code null}) the security analyzer. The only kind, LLMSecurityAnalyzer, rates
   * with the model's own {@code security_risk} argument, which this server reads in any case.
   */
  @POST
  @Path("/{id}/security_analyzer")
  public Success securityAnalyzer(@PathParam("id") String id, SetSecurityAnalyzerRequest request) {
    if (request == null) {
      throw new BadRequestException("A body {\"security_analyzer\": {...} | null} is required");
    }
    lookup.require(id).setSecurityAnalyzer(request.securityAnalyzer());
    return Success.OK;
  }
}
