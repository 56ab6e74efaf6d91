package dev.jhands.runtime.api;

import dev.jhands.runtime.tenant.Tenant;
import dev.jhands.runtime.tenant.Tenants;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requires a tenant's {@code X-API-Key} on every route but health, and hands the tenant to the
 * routes. {@code X-Session-API-Key}, which the SDK also sends here, is ignored.
 */
public class ApiKeyFilter {

  static final String HEADER = "X-API-Key";
  static final String TENANT = "jhands.tenant";

  private final Tenants tenants;

  public ApiKeyFilter(Tenants tenants) {
    this.tenants = tenants;
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> check(ContainerRequestContext request) {
    if (request.getUriInfo().getPath().startsWith("/q/")) {
      return Optional.empty();
    }
    Optional<Tenant> tenant = tenants.byKey(request.getHeaderString(HEADER));
    if (tenant.isEmpty()) {
      return Optional.of(ErrorMapper.error(401, "Invalid or missing X-API-Key"));
    }
    request.setProperty(TENANT, tenant.get());
    return Optional.empty();
  }
}
