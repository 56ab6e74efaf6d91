package dev.jhands.agent.server;

import java.util.Set;

/**
 * The routes anyone may call, with no session key and on a dormant server too: health, server info,
 * readiness, the docs and Quarkus' health checks. Listed exactly, so that no odd spelling of an
 * {@code /api} path ({@code //api/...}) that the router might still match counts as open.
 */
public final class OpenRoutes {

  private static final Set<String> OPEN =
      Set.of("", "/", "/alive", "/health", "/server_info", "/ready", "/docs", "/redoc");

  /** {@code /api/init}: no session key, but a key of its own ({@code X-Init-API-Key}). */
  public static final String INIT = "/api/init";

  private OpenRoutes() {}

  public static boolean isOpen(String path) {
    return OPEN.contains(path) || path.equals("/q/health") || path.startsWith("/q/health/");
  }
}
