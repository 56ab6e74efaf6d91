package dev.jhands.runtime;

import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.sandbox.SandboxRecord;
import java.util.HashMap;
import java.util.Map;

/**
 * A warm member's record as a claim would leave it for a tenant, made by a test that then records
 * it itself (and activates it, or not): the same runtime, handle and URL with a new owner, session,
 * key and environment, claimed {@code at}.
 */
public final class TestClaims {

  private TestClaims() {}

  public static SandboxRecord claimed(
      SandboxRecord member,
      String tenant,
      String session,
      Map<String, String> environment,
      String key,
      long at) {
    return new SandboxRecord(
        member.runtimeId(),
        tenant,
        session,
        member.image(),
        member.command(),
        member.workingDir(),
        environment,
        key,
        RuntimeStatus.RUNNING,
        null,
        member.url(),
        member.port(),
        member.handle(),
        0,
        at,
        at,
        member.options());
  }

  /** The member's environment as a claim records it: without the dormant switch, plus extras. */
  public static Map<String, String> activeEnvironment(
      SandboxRecord member, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(member.environment());
    env.remove("OH_DEFERRED_INIT");
    env.putAll(extra);
    return env;
  }
}
