package dev.jhands.events.secret;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.util.Locale;
import java.util.Set;

/**
 * How secrets travel on the wire: masked as {@value #MASK} unless a write asks for them.
 *
 * <p>This mirrors the SDK's {@code expose_secrets} serialisation context. The app server sends the
 * start request with secrets exposed; everything else (API answers, WebSocket frames, webhooks,
 * logs) is written with the default, masked form.
 *
 * <pre>{@code
 * String plain = Secrets.exposing(mapper).writeValueAsString(request);
 * String masked = mapper.writeValueAsString(request);
 * }</pre>
 */
public final class Secrets {

  /** Serialization attribute; set it to {@code true} to write secrets in plain text. */
  public static final String EXPOSE = "jhands.secrets.expose";

  /** What pydantic writes for a {@code SecretStr} without {@code expose_secrets}. */
  public static final String MASK = "**********";

  // Header names holding any of these are secret (the SDK's list at HEAD, a superset of the
  // baseline's AUTHORIZATION/KEY/SECRET; it also covers the app server's X-Access-Token).
  private static final Set<String> SECRET_NAME_PARTS =
      Set.of(
          "AUTHORIZATION", "COOKIE", "CREDENTIAL", "KEY", "PASSWORD", "SECRET", "SESSION", "TOKEN");

  private Secrets() {}

  /** A writer of {@code mapper} that writes secrets in plain text. */
  public static ObjectWriter exposing(ObjectMapper mapper) {
    return mapper.writer().withAttribute(EXPOSE, Boolean.TRUE);
  }

  /** Whether the write in progress was asked to expose secrets. */
  public static boolean exposed(SerializerProvider provider) {
    return Boolean.TRUE.equals(provider.getAttribute(EXPOSE));
  }

  /** Whether a header or key name looks like it holds a secret (case-insensitive). */
  public static boolean isSecretName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return SECRET_NAME_PARTS.stream().anyMatch(upper::contains);
  }
}
