package dev.jhands.runtime.kubernetes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names, labels and annotations of a sandbox's objects. Every object carries {@link #MANAGED_BY}
 * and {@link #RUNTIME}, so whatever belongs to a runtime is found by label, whoever made it.
 */
final class KubernetesNames {

  static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  static final String MANAGER = "jhands-runtime-api";
  static final String COMPONENT = "app.kubernetes.io/component";
  static final String RUNTIME = "jhands.dev/runtime-id";
  static final String SESSION_HASH = "jhands.dev/session-hash";
  static final String STATUS = "jhands.dev/status";

  /** The component of a runtime's record Secret. */
  static final String RECORD = "record";

  /** The component of a session marker: a claimed warm member's hold on its new session. */
  static final String SESSION = "session";

  /** When a session marker was made (epoch milliseconds, the claiming replica's clock). */
  static final String CLAIMED_AT_ANNOTATION = "jhands.dev/claimed-at";

  /** On a warm pool member's record Secret once a tenant has claimed it. */
  static final String CLAIMED = "jhands.dev/claimed";

  static final String TENANT_ANNOTATION = "jhands.dev/tenant";
  static final String SESSION_ANNOTATION = "jhands.dev/session-id";

  /** The Secret's key holding the record as JSON. */
  static final String RECORD_KEY = "record";

  private static final Pattern SECRET_KEY = Pattern.compile("[-._a-zA-Z0-9]{1,240}");
  private static final String POD_SUFFIX_CHARS = "bcdfghjklmnpqrstvwxz2456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private KubernetesNames() {}

  /** The PVC, Service and Ingress: one of each per runtime for its whole life. */
  static String objectName(String runtimeId) {
    return "jh-" + runtimeId;
  }

  /**
   * A pod per launch: a resume must not wait for the paused pod to finish terminating under the
   * same name.
   */
  static String newPodName(String runtimeId) {
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      suffix.append(POD_SUFFIX_CHARS.charAt(RANDOM.nextInt(POD_SUFFIX_CHARS.length())));
    }
    return objectName(runtimeId) + "-" + suffix;
  }

  /**
   * The record Secret is named after tenant and session, not the runtime: creating it is how a
   * replica claims a session, and the API server lets only one create succeed.
   */
  static String secretName(String tenant, String sessionId) {
    return "jh-s-" + sessionHash(tenant, sessionId);
  }

  /** Fits a label value (session ids may be 128 characters); the annotation has them whole. */
  static String sessionHash(String tenant, String sessionId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((tenant + "\n" + sessionId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 40);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> labels(String runtimeId, String component) {
    return Map.of(MANAGED_BY, MANAGER, RUNTIME, runtimeId, COMPONENT, component);
  }

  /**
   * The Secret key of an environment variable: Secret keys allow fewer characters than variable
   * names, so odd names are hex-encoded.
   */
  static String envKey(String variable) {
    if (SECRET_KEY.matcher(variable).matches()) {
      return "env." + variable;
    }
    return "envx." + HexFormat.of().formatHex(variable.getBytes(StandardCharsets.UTF_8));
  }
}
