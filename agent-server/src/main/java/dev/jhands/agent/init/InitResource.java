package dev.jhands.agent.init;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.agent.server.ErrorMapper;
import dev.jhands.agent.settings.ServerSettings;
import dev.jhands.events.json.Wire;
import dev.jhands.events.server.InitRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET|POST /api/init} (SDK HEAD's deferred init; runtime-api.md §5.1). {@code GET} is open
 * and tells the state; {@code POST} needs {@code X-Init-API-Key} equal to the dormant server's
 * secret key (401 otherwise) and activates once: a second call is a 400, as in the SDK. Both are
 * 404 on a server that was not started dormant. The session-key filter lets this path through.
 */
@Path("/api/init")
@Produces(MediaType.APPLICATION_JSON)
public class InitResource {

  static final String HEADER = "X-Init-API-Key";
  // The SDK's InitRequest forbids other fields; so does this route, with a 400 naming them.
  private static final Set<String> FIELDS =
      Set.of(
          "session_api_keys",
          "secret_key",
          "conversations_path",
          "bash_events_dir",
          "conversation_worktree_root",
          "webhooks",
          "web_url",
          "allow_cors_origins",
          "max_concurrent_runs",
          "env",
          "telemetry");

  private final InitService init;

  public InitResource(InitService init) {
    this.init = init;
  }

  @GET
  public Response status() {
    return notDeferred().orElseGet(() -> Response.ok(init.status()).build());
  }

  @POST
  public Response initialize(@HeaderParam(HEADER) String key, JsonNode body) {
    Optional<Response> refused = notDeferred().or(() -> unauthorized(key));
    if (refused.isPresent()) {
      return refused.get();
    }
    InitRequest request = parse(body);
    try {
      return Response.ok(init.initialize(request)).build();
    } catch (InitService.AlreadyInitialized e) {
      return ErrorMapper.error(400, e.getMessage());
    } catch (InitService.InitFailed e) {
      return ErrorMapper.error(500, e.getMessage());
    }
  }

  private Optional<Response> notDeferred() {
    if (init.deferred()) {
      return Optional.empty();
    }
    return Optional.of(
        ErrorMapper.error(
            404,
            "server is not running with deferred_init=True; the /api/init endpoint is not"
                + " available"));
  }

  private Optional<Response> unauthorized(String key) {
    Optional<String> secret = init.bootstrapSecret();
    if (secret.isEmpty() || ServerSettings.matches(key, List.of(secret.get()))) {
      return Optional.empty();
    }
    return Optional.of(ErrorMapper.error(401, "Unauthorized"));
  }

  private static InitRequest parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("A JSON object body is required (InitRequest)");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("Unknown field in InitRequest: " + name);
      }
    }
    if (body.has("max_concurrent_runs")
        && !body.get("max_concurrent_runs").isNull()
        && body.get("max_concurrent_runs").asInt() < 1) {
      throw new IllegalArgumentException("max_concurrent_runs must be at least 1");
    }
    try {
      return Wire.mapper().treeToValue(body, InitRequest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Invalid InitRequest: " + e.getOriginalMessage());
    }
  }
}
