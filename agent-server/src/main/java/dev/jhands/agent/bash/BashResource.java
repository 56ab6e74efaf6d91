package dev.jhands.agent.bash;

import dev.jhands.agent.server.NotFound;
import dev.jhands.agent.server.Paging;
import dev.jhands.agent.server.TimeWindow;
import dev.jhands.events.api.Page;
import dev.jhands.events.bash.BashCommand;
import dev.jhands.events.bash.BashEvent;
import dev.jhands.events.bash.BashEventsCleared;
import dev.jhands.events.bash.BashOutput;
import dev.jhands.events.bash.ExecuteBashRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The bash routes of contract §2.4: a shell on the server, independent of any conversation. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/bash")
public class BashResource {

  // The run enforces the timeout itself; this margin only covers its kill and last chunk.
  private static final long EXECUTE_MARGIN_SECONDS = 10;

  private final BashRunner runner;
  private final BashEventLog log;

  public BashResource(BashRunner runner, BashEventLog log) {
    this.runner = runner;
    this.log = log;
  }

  @POST
  @Path("/start_bash_command")
  public BashCommand start(ExecuteBashRequest request) {
    return runner.start(request).command();
  }

  /** Blocks a worker thread until the command ends, which its timeout bounds. */
  @POST
  @Path("/execute_bash_command")
  public BashOutput execute(ExecuteBashRequest request)
      throws InterruptedException, ExecutionException, TimeoutException {
    BashRunner.Started started = runner.start(request);
    return started
        .last()
        .get(started.command().timeout() + EXECUTE_MARGIN_SECONDS, TimeUnit.SECONDS);
  }

  @GET
  @Path("/bash_events/search")
  public Page<BashEvent> search(
      @QueryParam("kind__eq") String kind,
      @QueryParam("command_id__eq") String commandId,
      @QueryParam("timestamp__gte") String gte,
      @QueryParam("timestamp__lt") String lt,
      @QueryParam("sort_order") String sortOrder,
      @QueryParam("page_id") String pageId,
      @QueryParam("limit") Integer limit) {
    int checked = Paging.limit(limit);
    List<BashEvent> matching = BashQuery.of(kind, commandId, gte, lt).apply(log.all());
    return Paging.page(
        TimeWindow.sorted(matching, BashEvent::timestamp, BashQuery.blankToNull(sortOrder)),
        BashEvent::id,
        pageId,
        checked);
  }

  @GET
  @Path("/bash_events/{id}")
  public BashEvent get(@PathParam("id") String id) {
    return log.get(id).orElseThrow(() -> new NotFound("Bash event not found: " + id));
  }

  @GET
  @Path("/bash_events")
  public List<BashEvent> batch(@QueryParam("event_ids") List<String> ids) {
    return ids.stream().map(id -> log.get(id).orElse(null)).toList();
  }

  @DELETE
  @Path("/bash_events")
  public BashEventsCleared clear() {
    return new BashEventsCleared(log.clear());
  }
}
