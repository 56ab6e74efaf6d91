package dev.jhands.agent.server;

import io.vertx.core.http.HttpServerRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The tail of a request's path exactly as the client sent it. Routes like {@code
 * /api/file/upload/{absolute_path}} are called as {@code /api/file/upload//workspace/x}; the router
 * matches on a normalised path that folds the double slash, and the path parameter would lose the
 * leading {@code /} that makes the path absolute.
 */
public final class RawPath {

  private RawPath() {}

  /**
   * What follows {@code prefix} (which ends with a slash) in the raw path, percent-decoded: a
   * {@code +} stays a plus, as in any path.
   */
  public static String after(HttpServerRequest request, String prefix) {
    String raw = request.path();
    int at = raw.indexOf(prefix);
    if (at < 0) {
      throw new IllegalArgumentException("Unexpected request path: " + raw);
    }
    String tail = raw.substring(at + prefix.length());
    return URLDecoder.decode(tail.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
