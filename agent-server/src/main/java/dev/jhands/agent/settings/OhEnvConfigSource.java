package dev.jhands.agent.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.jhands.events.json.Wire;
import dev.jhands.events.server.WebhookSpec;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenHands' indexed {@code OH_*} variables (contract §1) as {@code jhands.agent.*} properties:
 * {@code OH_SESSION_API_KEYS_<n>} (any number of them, else a JSON list in {@code
 * OH_SESSION_API_KEYS}, else the legacy {@code SESSION_API_KEY}), {@code OH_WEBHOOKS_<n>_<FIELD>}
 * (else a JSON list in {@code OH_WEBHOOKS}), {@code OH_SECRET_KEY} and {@code OH_DEFERRED_INIT}.
 * Property expressions in {@code application.properties} cannot enumerate a list of unknown length,
 * hence a config source. It ranks above {@code application.properties} and below the real
 * environment and system properties, so a {@code JHANDS_AGENT_*} variable still wins.
 */
public class OhEnvConfigSource extends MapBackedConfigSource {

  static final int ORDINAL = 270;
  private static final Pattern KEY = Pattern.compile("OH_SESSION_API_KEYS_(\\d+)");
  private static final Pattern WEBHOOK = Pattern.compile("OH_WEBHOOKS_(\\d+)_([A-Z_]+)");
  private static final List<String> WEBHOOK_FIELDS =
      List.of(
          "BASE_URL", "HEADERS", "EVENT_BUFFER_SIZE", "FLUSH_DELAY", "NUM_RETRIES", "RETRY_DELAY");
  private static final String PREFIX = "jhands.agent.";

  public OhEnvConfigSource() {
    this(System.getenv());
  }

  public OhEnvConfigSource(Map<String, String> env) {
    super("OH_* environment variables", translate(env), ORDINAL);
  }

  static Map<String, String> translate(Map<String, String> env) {
    Map<String, String> props = new HashMap<>();
    sessionKeys(env, props);
    webhooks(env, props);
    copy(env, "OH_SECRET_KEY", props, "secret-key");
    copy(env, "OH_DEFERRED_INIT", props, "deferred-init");
    return props;
  }

  private static void sessionKeys(Map<String, String> env, Map<String, String> props) {
    // Ordered by index; gaps are closed, as a list read from OH_SESSION_API_KEYS_0, _1, ... would.
    TreeMap<Integer, String> keys = new TreeMap<>();
    env.forEach(
        (name, value) -> {
          Matcher m = KEY.matcher(name);
          if (m.matches() && !value.isBlank()) {
            keys.put(Integer.parseInt(m.group(1)), value);
          }
        });
    List<String> list = List.copyOf(keys.values());
    if (list.isEmpty() && present(env, "OH_SESSION_API_KEYS")) {
      list = json(env.get("OH_SESSION_API_KEYS"), new TypeReference<>() {}, "OH_SESSION_API_KEYS");
    }
    if (list.isEmpty() && present(env, "SESSION_API_KEY")) {
      list = List.of(env.get("SESSION_API_KEY"));
    }
    for (int i = 0; i < list.size(); i++) {
      props.put(PREFIX + "session-api-keys[" + i + "]", list.get(i));
    }
  }

  private static void webhooks(Map<String, String> env, Map<String, String> props) {
    TreeMap<Integer, Map<String, String>> hooks = new TreeMap<>();
    env.forEach(
        (name, value) -> {
          Matcher m = WEBHOOK.matcher(name);
          if (m.matches() && WEBHOOK_FIELDS.contains(m.group(2))) {
            hooks
                .computeIfAbsent(Integer.parseInt(m.group(1)), i -> new HashMap<>())
                .put(m.group(2), value);
          }
        });
    if (hooks.isEmpty() && present(env, "OH_WEBHOOKS")) {
      List<WebhookSpec> specs =
          json(env.get("OH_WEBHOOKS"), new TypeReference<List<WebhookSpec>>() {}, "OH_WEBHOOKS");
      for (int i = 0; i < specs.size(); i++) {
        hooks.put(i, fields(specs.get(i)));
      }
    }
    int n = 0;
    for (Map<String, String> fields : hooks.values()) {
      String prefix = PREFIX + "webhooks[" + n++ + "].";
      fields.forEach(
          (field, value) ->
              props.put(prefix + field.toLowerCase(Locale.ROOT).replace('_', '-'), value));
    }
  }

  private static Map<String, String> fields(WebhookSpec spec) {
    Map<String, String> fields = new HashMap<>();
    if (spec.baseUrl() != null) {
      fields.put("BASE_URL", spec.baseUrl());
    }
    fields.put("HEADERS", json(spec.headers()));
    fields.put("EVENT_BUFFER_SIZE", String.valueOf(spec.eventBufferSize()));
    fields.put("FLUSH_DELAY", String.valueOf(spec.flushDelay()));
    fields.put("NUM_RETRIES", String.valueOf(spec.numRetries()));
    fields.put("RETRY_DELAY", String.valueOf(spec.retryDelay()));
    return fields;
  }

  private static void copy(
      Map<String, String> env, String name, Map<String, String> props, String property) {
    if (present(env, name)) {
      props.put(PREFIX + property, env.get(name));
    }
  }

  private static boolean present(Map<String, String> env, String name) {
    return env.get(name) != null && !env.get(name).isBlank();
  }

  private static <T> T json(String text, TypeReference<T> type, String name) {
    try {
      return Wire.mapper().readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + " is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String json(Object value) {
    try {
      return Wire.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
