package dev.jhands.agent.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.jhands.agent.AgentServerConfig;
import dev.jhands.events.json.Wire;
import dev.jhands.events.server.WebhookSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * The settings in force: those configured at start, replaced once by {@code POST /api/init} on a
 * dormant server. The REST filter, both sockets, the store and the webhooks read them here, never
 * from {@link AgentServerConfig}, so that an activation reaches all of them.
 */
@ApplicationScoped
public class ServerSettings {

  private final boolean deferredInit;
  private volatile Settings current;

  public ServerSettings(AgentServerConfig config) {
    this.deferredInit = config.deferredInit();
    List<String> keys = config.sessionApiKeys().orElse(List.of());
    this.current =
        new Settings(
            keys,
            Settings.secretKeyOf(
                config.secretKey(), keys.stream().filter(k -> !k.isBlank()).toList()),
            config.conversationsPath(),
            config.bashEventsDir(),
            config.webhooks().orElse(List.of()).stream().map(ServerSettings::spec).toList());
  }

  public boolean deferredInit() {
    return deferredInit;
  }

  public Settings current() {
    return current;
  }

  /** Replaces the settings; only activation does this, under its own lock. */
  public void replace(Settings next) {
    current = next;
  }

  /** Whether {@code /api} and the sockets need a session key at all. */
  public boolean keysRequired() {
    return !current.sessionKeys().isEmpty();
  }

  /**
   * Whether {@code sent} is one of the session keys. Every key is compared in constant time and all
   * of them are, so the answer's timing says nothing about a key or which one matched.
   */
  public boolean acceptsKey(String sent) {
    return matches(sent, current.sessionKeys());
  }

  /** Constant-time membership of {@code sent} in {@code keys}; null never matches. */
  public static boolean matches(String sent, List<String> keys) {
    if (sent == null) {
      return false;
    }
    byte[] bytes = sent.getBytes(StandardCharsets.UTF_8);
    boolean found = false;
    for (String key : keys) {
      found |= MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), bytes);
    }
    return found;
  }

  private static WebhookSpec spec(AgentServerConfig.Webhook hook) {
    return new WebhookSpec(
        hook.baseUrl(),
        hook.headers().map(ServerSettings::headers).orElse(Map.of()),
        hook.eventBufferSize(),
        hook.flushDelay(),
        hook.numRetries(),
        hook.retryDelay());
  }

  private static Map<String, String> headers(String json) {
    try {
      return Wire.mapper().readValue(json, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "webhook headers must be a JSON object of strings: " + e.getOriginalMessage());
    }
  }
}
