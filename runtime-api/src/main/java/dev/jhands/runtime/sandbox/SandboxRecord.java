package dev.jhands.runtime.sandbox;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.events.runtime.StartRuntimeRequest;
import dev.jhands.runtime.backend.LaunchOptions;
import dev.jhands.runtime.backend.LaunchSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything known about one runtime, as its record file keeps it. {@code handle} is the backend's
 * (null while paused or stopped); {@code statusSince} is when {@code status} last changed, in epoch
 * milliseconds, which bounds how long a start may take. {@code options} are the container knobs of
 * the {@code /start} that created it, replayed on resume.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SandboxRecord(
    String runtimeId,
    String tenant,
    String sessionId,
    String image,
    RuntimeCommand command,
    String workingDir,
    Map<String, String> environment,
    String sessionApiKey,
    RuntimeStatus status,
    String statusDetail,
    String url,
    int port,
    String handle,
    int restartCount,
    long createdAt,
    long statusSince,
    LaunchOptions options) {

  public SandboxRecord {
    environment = environment == null ? Map.of() : Map.copyOf(environment);
    // Records written before options were kept read as the defaults.
    options = options == null ? LaunchOptions.DEFAULTS : options;
  }

  /** A new runtime of a start, claimed and not launched yet: a fresh id and session key. */
  static SandboxRecord starting(
      String tenant, String sessionId, StartRuntimeRequest request, long now) {
    return new SandboxRecord(
        RandomIds.id(),
        tenant,
        sessionId,
        request.image(),
        request.command(),
        request.workingDir(),
        request.environment(),
        RandomIds.key(),
        RuntimeStatus.STARTING,
        null,
        null,
        0,
        null,
        0,
        now,
        now,
        LaunchOptions.of(request));
  }

  SandboxRecord withStatus(RuntimeStatus newStatus, String detail, long now) {
    return new SandboxRecord(
        runtimeId,
        tenant,
        sessionId,
        image,
        command,
        workingDir,
        environment,
        sessionApiKey,
        newStatus,
        detail,
        url,
        port,
        handle,
        restartCount,
        createdAt,
        now,
        options);
  }

  SandboxRecord withoutHandle() {
    return new SandboxRecord(
        runtimeId,
        tenant,
        sessionId,
        image,
        command,
        workingDir,
        environment,
        sessionApiKey,
        status,
        statusDetail,
        url,
        port,
        null,
        restartCount,
        createdAt,
        statusSince,
        options);
  }

  SandboxRecord launched(String newHandle, String newUrl, int newPort) {
    return new SandboxRecord(
        runtimeId,
        tenant,
        sessionId,
        image,
        command,
        workingDir,
        environment,
        sessionApiKey,
        status,
        statusDetail,
        newUrl,
        newPort,
        newHandle,
        restartCount,
        createdAt,
        statusSince,
        options);
  }

  SandboxRecord relaunched(String key, String newHandle, String newUrl, int newPort, long now) {
    return new SandboxRecord(
        runtimeId,
        tenant,
        sessionId,
        image,
        command,
        workingDir,
        environment,
        key,
        RuntimeStatus.STARTING,
        null,
        newUrl,
        newPort,
        newHandle,
        restartCount + 1,
        createdAt,
        now,
        options);
  }

  /**
   * What the backend launches for this runtime: its recorded environment plus the two variables
   * every sandbox gets, its session key and its runtime id.
   */
  LaunchSpec launchSpec(String key, int preferredPort) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.put("SESSION_API_KEY", key);
    env.put("RUNTIME_ID", runtimeId);
    return new LaunchSpec(
        runtimeId, tenant, sessionId, image, command, workingDir, env, preferredPort, options);
  }

  boolean isStopped() {
    return status == RuntimeStatus.STOPPED;
  }
}
