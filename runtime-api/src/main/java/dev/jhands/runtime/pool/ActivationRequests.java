package dev.jhands.runtime.pool;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.jhands.events.json.Wire;
import dev.jhands.events.server.InitRequest;
import dev.jhands.events.server.WebhookSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code POST /api/init} body that gives a claimed member to its caller. A cold sandbox reads
 * its settings from the {@code OH_*} variables the caller put in {@code environment} (V1 sends
 * {@code OH_WEBHOOKS_0_BASE_URL}, {@code OH_CONVERSATIONS_PATH}…, runtime-api.md §5.4); a dormant
 * one has already read its environment, so those settings travel as the init's own fields, and the
 * whole environment as {@code env} for the commands it runs.
 */
final class ActivationRequests {

  private static final Pattern WEBHOOK = Pattern.compile("OH_WEBHOOKS_(\\d+)_BASE_URL");
  private static final Pattern CORS = Pattern.compile("OH_ALLOW_CORS_ORIGINS_(\\d+)");

  private ActivationRequests() {}

  static InitRequest of(String sessionKey, Map<String, String> env) {
    return new InitRequest(
        List.of(sessionKey),
        // The key a resumed (no longer dormant) sandbox encrypts with: its SESSION_API_KEY.
        sessionKey,
        absolute(env.get("OH_CONVERSATIONS_PATH")),
        absolute(env.get("OH_BASH_EVENTS_DIR")),
        null,
        webhooks(env),
        null,
        indexed(env, CORS, Function.identity()),
        null,
        env,
        null);
  }

  /** The agent server refuses a relative path (400), which would leave the member dormant. */
  private static String absolute(String path) {
    return path != null && path.startsWith("/") ? path : null;
  }

  private static List<WebhookSpec> webhooks(Map<String, String> env) {
    return indexed(
        env,
        WEBHOOK,
        index -> {
          String prefix = "OH_WEBHOOKS_" + index + "_";
          return new WebhookSpec(
              env.get(prefix + "BASE_URL"),
              headers(env.get(prefix + "HEADERS")),
              integer(env.get(prefix + "EVENT_BUFFER_SIZE")),
              env.get(prefix + "FLUSH_DELAY") == null
                  ? null
                  : Double.valueOf(env.get(prefix + "FLUSH_DELAY")),
              integer(env.get(prefix + "NUM_RETRIES")),
              integer(env.get(prefix + "RETRY_DELAY")));
        });
  }

  /** Values of {@code NAME_<n>} in index order, each made from its index by {@code make}. */
  private static <T> List<T> indexed(
      Map<String, String> env, Pattern name, Function<String, T> make) {
    TreeMap<Integer, String> found = new TreeMap<>();
    env.forEach(
        (key, value) -> {
          Matcher m = name.matcher(key);
          if (m.matches() && !value.isBlank()) {
            found.put(Integer.parseInt(m.group(1)), name == CORS ? value : m.group(1));
          }
        });
    if (found.isEmpty()) {
      return null;
    }
    List<T> out = new ArrayList<>();
    found.values().forEach(v -> out.add(make.apply(v)));
    return out;
  }

  private static Map<String, String> headers(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return Wire.mapper().readValue(json, new TypeReference<Map<String, String>>() {});
    } catch (IOException e) {
      throw new IllegalArgumentException("OH_WEBHOOKS_<n>_HEADERS is not a JSON object");
    }
  }

  private static Integer integer(String value) {
    return value == null ? null : Integer.valueOf(value.strip());
  }
}
