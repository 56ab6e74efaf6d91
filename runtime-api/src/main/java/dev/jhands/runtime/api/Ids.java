package dev.jhands.runtime.api;

import dev.jhands.runtime.sandbox.SandboxException;
import java.util.regex.Pattern;

/**
 * The ids callers may send. Runtime ids name files and directories, and session ids come from
 * clients (V1's base62, the SDK's {@code agent-server-<uuid>}, conversation hex ids): a plain
 * character set rules out traversal such as {@code ../x} and anything a log or path would choke on.
 */
final class Ids {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

  private Ids() {}

  static String check(String what, String id) {
    if (id == null || id.isEmpty()) {
      throw new SandboxException(400, what + " is required");
    }
    if (!ID.matcher(id).matches() || id.contains("..")) {
      throw new SandboxException(
          400, what + " must be 1-128 letters, digits, '_', '.' or '-', not starting with those");
    }
    return id;
  }
}
