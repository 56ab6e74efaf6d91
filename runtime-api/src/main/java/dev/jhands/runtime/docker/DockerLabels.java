package dev.jhands.runtime.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.backend.LaunchOptions;
import dev.jhands.runtime.backend.LaunchSpec;
import dev.jhands.runtime.sandbox.SandboxRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The record of a runtime as labels on its container and its volume. Labels cannot change after
 * creation, so they hold only what a runtime is (tenant, session, image, command, environment, key,
 * port); what it is doing is read from the engine's own state of the container.
 */
final class DockerLabels {

  static final String NAMESPACE = "dev.jhands.namespace";
  static final String RUNTIME_ID = "dev.jhands.runtime-id";
  private static final String TENANT = "dev.jhands.tenant";
  private static final String SESSION_ID = "dev.jhands.session-id";
  private static final String IMAGE = "dev.jhands.image";
  private static final String COMMAND = "dev.jhands.command";
  private static final String WORKING_DIR = "dev.jhands.working-dir";
  private static final String ENVIRONMENT = "dev.jhands.environment";
  private static final String SESSION_API_KEY = "dev.jhands.session-api-key";
  private static final String OPTIONS = "dev.jhands.options";
  private static final String PORT = "dev.jhands.port";
  private static final String CREATED = "dev.jhands.created";

  /** On a warm member's claim marker ({@link ClaimMarkers}), never on a runtime's container. */
  private static final String CLAIM = "dev.jhands.claim";

  /** Variables the runtime API adds to every sandbox; the record keeps the caller's only. */
  private static final Set<String> ADDED = Set.of("SESSION_API_KEY", "RUNTIME_ID", "PORT");

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private DockerLabels() {}

  static Map<String, String> of(String namespace, LaunchSpec spec, int port, long created) {
    Map<String, String> environment = new LinkedHashMap<>(spec.environment());
    environment.keySet().removeAll(ADDED);
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(NAMESPACE, namespace);
    labels.put(RUNTIME_ID, spec.runtimeId());
    labels.put(TENANT, spec.tenant());
    labels.put(SESSION_ID, spec.sessionId());
    labels.put(IMAGE, spec.image());
    labels.put(COMMAND, json(spec.command()));
    if (spec.workingDir() != null) {
      labels.put(WORKING_DIR, spec.workingDir());
    }
    labels.put(ENVIRONMENT, json(environment));
    labels.put(SESSION_API_KEY, spec.environment().get("SESSION_API_KEY"));
    labels.put(OPTIONS, json(spec.options()));
    labels.put(PORT, Integer.toString(port));
    labels.put(CREATED, Long.toString(created));
    return labels;
  }

  /**
   * The labels of a claim marker: the whole claimed record (tenant, session, the caller's
   * environment, the new key), so that it replaces the member's own labels when read back.
   */
  static Map<String, String> claim(String namespace, SandboxRecord claimed) {
    Map<String, String> environment = new LinkedHashMap<>(claimed.environment());
    environment.put("SESSION_API_KEY", claimed.sessionApiKey());
    LaunchSpec spec =
        new LaunchSpec(
            claimed.runtimeId(),
            claimed.tenant(),
            claimed.sessionId(),
            claimed.image(),
            claimed.command(),
            claimed.workingDir(),
            environment,
            claimed.port(),
            claimed.options());
    Map<String, String> labels = of(namespace, spec, claimed.port(), claimed.createdAt());
    labels.put(CLAIM, "true");
    return labels;
  }

  static boolean isClaim(Map<String, String> labels) {
    return labels != null && "true".equals(labels.get(CLAIM));
  }

  /**
   * The record the labels describe. {@code identity} are the volume's labels (written when the
   * runtime was created), or its claim marker's once a tenant claimed it from a warm pool; {@code
   * current}, the labels of its container when it has one, win for what a resume may change (key,
   * port), unless the container was launched for another owner: a claimed member's container, which
   * still carries its pool's session and bootstrap key.
   */
  static SandboxRecord record(
      Map<String, String> identity,
      Map<String, String> current,
      String publishHost,
      RuntimeStatus status,
      String detail,
      String handle,
      long statusSince) {
    Map<String, String> now = current != null && sameOwner(identity, current) ? current : identity;
    int port = Integer.parseInt(now.getOrDefault(PORT, "0"));
    return new SandboxRecord(
        identity.get(RUNTIME_ID),
        identity.get(TENANT),
        identity.get(SESSION_ID),
        identity.get(IMAGE),
        read(identity.get(COMMAND), new TypeReference<RuntimeCommand>() {}),
        identity.get(WORKING_DIR),
        read(identity.get(ENVIRONMENT), new TypeReference<Map<String, String>>() {}),
        now.get(SESSION_API_KEY),
        status,
        detail,
        port > 0 ? "http://" + publishHost + ":" + port : null,
        port,
        handle,
        0,
        Long.parseLong(identity.getOrDefault(CREATED, "0")),
        statusSince,
        read(identity.get(OPTIONS), new TypeReference<LaunchOptions>() {}));
  }

  private static boolean sameOwner(Map<String, String> a, Map<String, String> b) {
    return Objects.equals(a.get(TENANT), b.get(TENANT))
        && Objects.equals(a.get(SESSION_ID), b.get(SESSION_ID));
  }

  /** Whether the labels carry a whole record; anything else was not made by this backend. */
  static boolean complete(Map<String, String> labels) {
    return labels != null
        && labels.containsKey(RUNTIME_ID)
        && labels.containsKey(TENANT)
        && labels.containsKey(SESSION_ID)
        && labels.containsKey(COMMAND)
        && labels.containsKey(SESSION_API_KEY);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("unreadable label: " + e.getOriginalMessage(), e);
    }
  }
}
