package dev.jhands.runtime.pool;

import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.events.runtime.StartRuntimeRequest;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.tenant.Tenant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a member's record becomes when a tenant claims it. */
final class Claims {

  private Claims() {}

  /**
   * The same runtime (id, handle, URL) under the tenant's session, with the new key. Its recorded
   * environment is the pool's without the dormant switch, plus the caller's: what a resume
   * relaunches with, so a resumed sandbox starts active, with the new key and the caller's
   * settings.
   */
  static SandboxRecord handOver(
      SandboxRecord member, Tenant tenant, StartRuntimeRequest request, String key) {
    Map<String, String> env = new LinkedHashMap<>(member.environment());
    env.remove(WarmPoolSpec.DEFERRED_INIT);
    env.putAll(request.environment());
    long now = System.currentTimeMillis();
    return new SandboxRecord(
        member.runtimeId(),
        tenant.name(),
        request.sessionId(),
        request.image(),
        request.command(),
        request.workingDir() != null ? request.workingDir() : member.workingDir(),
        env,
        key,
        RuntimeStatus.RUNNING,
        null,
        member.url(),
        member.port(),
        member.handle(),
        0,
        now,
        now,
        member.options());
  }
}
