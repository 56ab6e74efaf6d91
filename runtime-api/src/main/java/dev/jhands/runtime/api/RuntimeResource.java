package dev.jhands.runtime.api;

import dev.jhands.events.runtime.ImageExists;
import dev.jhands.events.runtime.RegistryPrefix;
import dev.jhands.events.runtime.Runtime;
import dev.jhands.events.runtime.RuntimeIdRequest;
import dev.jhands.events.runtime.RuntimeList;
import dev.jhands.events.runtime.StartRuntimeRequest;
import dev.jhands.events.runtime.WarmRuntimeConfigs;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.pool.WarmPools;
import dev.jhands.runtime.sandbox.SandboxException;
import dev.jhands.runtime.sandbox.Sandboxes;
import dev.jhands.runtime.tenant.Tenant;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The routes of runtime-api.md §2, each scoped to the caller's tenant. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class RuntimeResource {

  private static final int MAX_BATCH = 1000;

  private final Sandboxes sandboxes;
  private final RuntimeApiConfig config;
  private final WarmPools warmPools;

  public RuntimeResource(Sandboxes sandboxes, RuntimeApiConfig config, WarmPools warmPools) {
    this.sandboxes = sandboxes;
    this.config = config;
    this.warmPools = warmPools;
  }

  /**
   * Answers at once: {@code running} with a warm pool's member activated for the caller, else
   * {@code starting}; readiness is for the caller to poll.
   */
  @POST
  @Path("start")
  @Consumes(MediaType.APPLICATION_JSON)
  public Runtime start(StartRuntimeRequest request, @Context ContainerRequestContext ctx) {
    StartValidator.check(request, config);
    return RuntimeView.brief(warmPools.start(tenant(ctx), request));
  }

  @GET
  @Path("sessions/batch")
  public List<Runtime> batch(@RestQuery List<String> ids, @Context ContainerRequestContext ctx) {
    if (ids.size() > MAX_BATCH) {
      throw new SandboxException(400, "at most " + MAX_BATCH + " ids per batch");
    }
    Tenant tenant = tenant(ctx);
    // A malformed id cannot name a session, so it is missing rather than an error for the batch.
    return ids.stream()
        .map(
            id ->
                isId(id)
                    ? sandboxes.bySession(tenant, id).map(RuntimeView::full).orElse(null)
                    : null)
        .toList();
  }

  @GET
  @Path("sessions/{session_id}")
  public Runtime session(
      @RestPath("session_id") String sessionId, @Context ContainerRequestContext ctx) {
    Ids.check("session_id", sessionId);
    return sandboxes
        .bySession(tenant(ctx), sessionId)
        .map(RuntimeView::full)
        .orElseThrow(() -> new SandboxException(404, "session " + sessionId + " not found"));
  }

  @GET
  @Path("runtime/{runtime_id}")
  public Runtime runtime(
      @RestPath("runtime_id") String runtimeId, @Context ContainerRequestContext ctx) {
    Ids.check("runtime_id", runtimeId);
    return sandboxes
        .byId(tenant(ctx), runtimeId)
        .map(RuntimeView::full)
        .orElseThrow(() -> new SandboxException(404, "runtime " + runtimeId + " not found"));
  }

  @GET
  @Path("list")
  public RuntimeList list(@Context ContainerRequestContext ctx) {
    return RuntimeList.of(sandboxes.active(tenant(ctx)).stream().map(RuntimeView::brief).toList());
  }

  @POST
  @Path("pause")
  @Consumes(MediaType.APPLICATION_JSON)
  public Runtime pause(RuntimeIdRequest request, @Context ContainerRequestContext ctx) {
    return RuntimeView.brief(sandboxes.pause(tenant(ctx), runtimeId(request)));
  }

  @POST
  @Path("resume")
  @Consumes(MediaType.APPLICATION_JSON)
  public Runtime resume(RuntimeIdRequest request, @Context ContainerRequestContext ctx) {
    return RuntimeView.brief(sandboxes.resume(tenant(ctx), runtimeId(request)));
  }

  @POST
  @Path("stop")
  @Consumes(MediaType.APPLICATION_JSON)
  public Runtime stop(RuntimeIdRequest request, @Context ContainerRequestContext ctx) {
    return RuntimeView.brief(sandboxes.stop(tenant(ctx), runtimeId(request)));
  }

  @GET
  @Path("api/warm-runtime-configs")
  public WarmRuntimeConfigs warmConfigs() {
    return new WarmRuntimeConfigs(warmPools.configs());
  }

  @GET
  @Path("registry_prefix")
  public RegistryPrefix registryPrefix() {
    return new RegistryPrefix(config.registryPrefix());
  }

  /** Local processes need no image: any image "exists". */
  @GET
  @Path("image_exists")
  public ImageExists imageExists(@RestQuery String image) {
    if (image == null || image.isBlank()) {
      throw new SandboxException(400, "image is required");
    }
    return sandboxes.image(image);
  }

  @POST
  @Path("build")
  public Runtime build() {
    throw new SandboxException(501, "image builds are not implemented by this runtime API");
  }

  private static String runtimeId(RuntimeIdRequest request) {
    return Ids.check("runtime_id", request == null ? null : request.runtimeId());
  }

  private static boolean isId(String id) {
    try {
      Ids.check("id", id);
      return true;
    } catch (SandboxException e) {
      return false;
    }
  }

  private static Tenant tenant(ContainerRequestContext ctx) {
    return (Tenant) ctx.getProperty(ApiKeyFilter.TENANT);
  }
}
