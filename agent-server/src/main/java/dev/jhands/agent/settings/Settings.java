package dev.jhands.agent.settings;

import dev.jhands.events.server.InitRequest;
import dev.jhands.events.server.WebhookSpec;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The settings that {@code POST /api/init} may replace on a dormant server, as one immutable value:
 * the session keys, the secret key (disk encryption, and the bootstrap secret while dormant), the
 * conversation and bash directories, and the webhooks.
 */
public record Settings(
    List<String> sessionKeys,
    Optional<String> secretKey,
    Path conversationsPath,
    Path bashEventsDir,
    List<WebhookSpec> webhooks) {

  public Settings {
    sessionKeys = sessionKeys.stream().filter(k -> k != null && !k.isBlank()).toList();
    webhooks = List.copyOf(webhooks);
    webhooks.forEach(Settings::check);
    conversationsPath = conversationsPath.toAbsolutePath();
    bashEventsDir = bashEventsDir.toAbsolutePath();
  }

  /** The secret key as the SDK derives it: the explicit one, else the first session key. */
  public static Optional<String> secretKeyOf(Optional<String> explicit, List<String> keys) {
    return explicit.filter(k -> !k.isBlank()).or(() -> keys.stream().findFirst());
  }

  public Optional<String> firstSessionKey() {
    return sessionKeys.stream().findFirst();
  }

  /**
   * These settings with an init request's fields laid over them (the SDK's merge): a field left out
   * keeps its value; without a {@code secret_key}, new session keys bring their first as the secret
   * key only when the dormant server had none.
   */
  public Settings merge(InitRequest request) {
    List<String> keys = request.sessionApiKeys() == null ? sessionKeys : request.sessionApiKeys();
    if (request.sessionApiKeys() != null
        && request.sessionApiKeys().stream().anyMatch(k -> k == null || k.isBlank())) {
      throw new IllegalArgumentException("session_api_keys must not hold blank keys");
    }
    Optional<String> secret = secretKey;
    if (request.secretKey() != null && !request.secretKey().isBlank()) {
      secret = Optional.of(request.secretKey());
    } else if (secret.isEmpty()) {
      secret = keys.stream().findFirst();
    }
    return new Settings(
        keys,
        secret,
        request.conversationsPath() == null
            ? conversationsPath
            : absolute(request.conversationsPath(), "conversations_path"),
        request.bashEventsDir() == null
            ? bashEventsDir
            : absolute(request.bashEventsDir(), "bash_events_dir"),
        request.webhooks() == null ? webhooks : request.webhooks());
  }

  private static Path absolute(String path, String name) {
    if (path.isBlank() || !Path.of(path).isAbsolute()) {
      throw new IllegalArgumentException(name + " must be an absolute path: " + path);
    }
    return Path.of(path);
  }

  /** A webhook the sender can use, or a 400 that says which field is wrong. */
  static void check(WebhookSpec spec) {
    if (spec == null || spec.baseUrl() == null || spec.baseUrl().isBlank()) {
      throw new IllegalArgumentException("webhook base_url is required");
    }
    URI uri;
    try {
      uri = URI.create(spec.baseUrl());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("webhook base_url is not a URL: " + spec.baseUrl());
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new IllegalArgumentException("webhook base_url must be an http(s) URL: " + uri);
    }
    if (spec.eventBufferSize() < 1) {
      throw new IllegalArgumentException("webhook event_buffer_size must be at least 1");
    }
    if (!(spec.flushDelay() > 0)) {
      throw new IllegalArgumentException("webhook flush_delay must be greater than 0");
    }
    if (spec.numRetries() < 0 || spec.retryDelay() < 0) {
      throw new IllegalArgumentException("webhook num_retries and retry_delay must be >= 0");
    }
    // The HTTP client refuses some names (Host, Content-Length...) and malformed ones: say so now,
    // not at every failed delivery.
    HttpRequest.Builder probe = HttpRequest.newBuilder(uri);
    spec.headers()
        .forEach(
            (name, value) -> {
              try {
                probe.header(name, value == null ? "" : value);
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("webhook header not allowed: " + name);
              }
            });
  }
}
