package dev.jhands.runtime.tenant;

import dev.jhands.runtime.RuntimeApiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/** Resolves an {@code X-API-Key} to its tenant. */
@ApplicationScoped
public class Tenants {

  private final Map<String, RuntimeApiConfig.TenantConfig> byName;

  public Tenants(RuntimeApiConfig config) {
    byName = Map.copyOf(config.tenants());
  }

  /** Compares against every key in constant time, so timing tells nothing about a near miss. */
  public Optional<Tenant> byKey(String key) {
    if (key == null || key.isEmpty()) {
      return Optional.empty();
    }
    byte[] sent = key.getBytes(StandardCharsets.UTF_8);
    Tenant found = null;
    for (var entry : byName.entrySet()) {
      byte[] expected = entry.getValue().apiKey().getBytes(StandardCharsets.UTF_8);
      if (MessageDigest.isEqual(expected, sent)) {
        found = new Tenant(entry.getKey(), entry.getValue().maxSandboxes());
      }
    }
    return Optional.ofNullable(found);
  }
}
