package dev.jhands.agent.event;

import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.conversation.ConversationService;
import dev.jhands.agent.conversation.Conversations;
import dev.jhands.agent.server.NotFound;
import dev.jhands.agent.server.Paging;
import dev.jhands.agent.server.TimeWindow;
import dev.jhands.events.api.Page;
import dev.jhands.events.api.Success;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.SendMessageRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The event routes of contract §2.3; respond_to_confirmation lives with the agent loop. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/conversations/{id}/events")
public class EventResource {

  private final ConversationService service;
  private final Conversations lookup;

  public EventResource(ConversationService service) {
    this.service = service;
    this.lookup = new Conversations(service);
  }

  @GET
  @Path("/search")
  public Page<Event> search(
      @PathParam("id") String id,
      @QueryParam("page_id") String pageId,
      @QueryParam("limit") Integer limit,
      @QueryParam("kind") String kind,
      @QueryParam("sort_order") String sortOrder,
      @QueryParam("timestamp__gte") String gte,
      @QueryParam("timestamp__lt") String lt) {
    int checked = Paging.limit(limit);
    List<Event> matching = EventQuery.of(kind, gte, lt).apply(lookup.require(id).events());
    return Paging.page(
        TimeWindow.sorted(matching, Event::timestamp, sortOrder), Event::id, pageId, checked);
  }

  @GET
  @Path("/count")
  public int count(
      @PathParam("id") String id,
      @QueryParam("kind") String kind,
      @QueryParam("timestamp__gte") String gte,
      @QueryParam("timestamp__lt") String lt) {
    return EventQuery.of(kind, gte, lt).apply(lookup.require(id).events()).size();
  }

  @GET
  @Path("/{event_id}")
  public Event get(@PathParam("id") String id, @PathParam("event_id") String eventId) {
    return lookup
        .require(id)
        .event(eventId)
        .orElseThrow(() -> new NotFound("Event not found: " + eventId));
  }

  @GET
  public List<Event> batch(@PathParam("id") String id, @QueryParam("event_ids") List<String> ids) {
    Conversation conversation = lookup.require(id);
    return ids.stream().map(e -> conversation.event(e).orElse(null)).toList();
  }

  /**
   * Appends a user message; with {@code run: true} a run starts in the background unless one is
   * already going, which then reads the message at its next step.
   */
  @POST
  public Success send(@PathParam("id") String id, SendMessageRequest request) {
    if (request == null) {
      throw new BadRequestException("A SendMessageRequest body is required");
    }
    service.send(lookup.require(id), request);
    return Success.OK;
  }
}
