package dev.jhands.runtime.api;

import dev.jhands.events.runtime.StartRuntimeRequest;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.sandbox.SandboxException;
import java.util.Map;

/** What a {@code /start} body must satisfy beyond its JSON types. */
final class StartValidator {

  private StartValidator() {}

  static void check(StartRuntimeRequest request, RuntimeApiConfig config) {
    if (request == null) {
      throw bad("a JSON body is required");
    }
    if (request.image() == null || request.image().isBlank()) {
      throw bad("image is required");
    }
    var command = request.command();
    if (command == null
        || (command.isLine() ? command.line().isBlank() : command.argv().isEmpty())) {
      throw bad("command is required: a list of strings or one command line");
    }
    if (!command.isLine()
        && command.argv().stream().anyMatch(a -> a == null || a.indexOf(0) >= 0)) {
      throw bad("command items must be strings without NUL");
    }
    if (request.sessionId() != null) {
      Ids.check("session_id", request.sessionId());
    }
    if (!StartRuntimeRequest.RESOURCE_FACTORS.contains(request.resourceFactor())) {
      throw bad("resource_factor must be one of " + StartRuntimeRequest.RESOURCE_FACTORS);
    }
    checkEnvironment(request.environment(), config);
  }

  private static void checkEnvironment(Map<String, String> env, RuntimeApiConfig config) {
    if (env.size() > config.maxEnvironmentEntries()) {
      throw bad("environment has more than " + config.maxEnvironmentEntries() + " entries");
    }
    long chars = 0;
    for (var entry : env.entrySet()) {
      String name = entry.getKey();
      String value = entry.getValue();
      if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf(0) >= 0) {
        throw bad("environment names must be non-empty, without '=' or NUL");
      }
      if (value == null || value.indexOf(0) >= 0) {
        throw bad("environment value of " + name + " must be a string without NUL");
      }
      chars += name.length() + value.length();
    }
    if (chars > config.maxEnvironmentChars()) {
      throw bad("environment is larger than " + config.maxEnvironmentChars() + " characters");
    }
  }

  private static SandboxException bad(String detail) {
    return new SandboxException(400, detail);
  }
}
