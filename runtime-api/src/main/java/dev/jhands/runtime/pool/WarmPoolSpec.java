package dev.jhands.runtime.pool;

import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.StartRuntimeRequest;
import dev.jhands.events.runtime.WarmRuntimeConfig;
import dev.jhands.runtime.RuntimeApiConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One configured warm pool. Its members are runtimes owned by {@link #owner()}, a name no API key
 * can hold, and their session ids carry the {@link #fingerprint()} of the settings they were
 * started with, so members of an older configuration are told apart (and replaced) after a change.
 */
public record WarmPoolSpec(
    String name,
    String image,
    List<String> command,
    int resourceFactor,
    String runtimeClass,
    String workingDir,
    Map<String, String> environment,
    Integer runAsUser,
    Integer runAsGroup,
    Integer fsGroup,
    int targetSize,
    int maxStarting) {

  /** Makes the agent server start dormant, waiting for {@code POST /api/init}. */
  static final String DEFERRED_INIT = "OH_DEFERRED_INIT";

  static WarmPoolSpec of(String name, RuntimeApiConfig.WarmPool pool) {
    return new WarmPoolSpec(
        name,
        pool.image(),
        List.copyOf(pool.command()),
        pool.resourceFactor(),
        pool.runtimeClass().orElse(null),
        pool.workingDir().orElse(null),
        Map.copyOf(pool.environment()),
        pool.runAsUser().orElse(null),
        pool.runAsGroup().orElse(null),
        pool.fsGroup().orElse(null),
        Math.max(0, pool.targetSize()),
        Math.max(1, pool.maxStarting()));
  }

  /** Tenant names come from configuration keys, which never hold a space. */
  String owner() {
    return OWNER_PREFIX + name;
  }

  /**
   * Whether a runtime's owner is a warm pool, i.e. it is a member no tenant has claimed yet: its
   * pool, not housekeeping, decides when it goes.
   */
  public static boolean isPoolOwner(String tenant) {
    return tenant != null && tenant.startsWith(OWNER_PREFIX);
  }

  /** Session ids of this configuration's members start with it. */
  String memberPrefix() {
    return "warm-" + fingerprint() + "-";
  }

  private static final String OWNER_PREFIX = "warm pool ";

  String fingerprint() {
    Map<String, String> sorted = new TreeMap<>(environment);
    String all =
        String.join(
            "\n",
            image,
            String.join("\u0000", command),
            String.valueOf(resourceFactor),
            Objects.toString(runtimeClass),
            sorted.toString(),
            runAsUser + ":" + runAsGroup + ":" + fsGroup);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A start is served by this pool when it asks for what the members run: image, command (as a
   * list, or as the same words in one line, which is how the SDK sends it), resource factor and
   * runtime class, and the user and group IDs where both the pool and the start name them. The
   * environment need not match: the caller's is applied at activation.
   */
  boolean matches(StartRuntimeRequest request) {
    RuntimeCommand asked = request.command();
    boolean sameCommand =
        asked != null
            && (asked.isLine()
                ? String.join(" ", command).equals(asked.line().strip())
                : command.equals(asked.argv()));
    return image.equals(request.image())
        && sameCommand
        && resourceFactor == request.resourceFactor()
        && Objects.equals(runtimeClass, request.runtimeClass())
        && fits(runAsUser, request.runAsUser())
        && fits(runAsGroup, request.runAsGroup())
        && fits(fsGroup, request.fsGroup());
  }

  /** A pool that names no ID runs its backend's default, which a start cannot see: any fits. */
  private static boolean fits(Integer pools, Integer asked) {
    return pools == null || asked == null || pools.equals(asked);
  }

  /** What a member is started with: the pool's environment, dormant. */
  StartRuntimeRequest memberRequest(String sessionId) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.put(DEFERRED_INIT, "true");
    return new StartRuntimeRequest(
        image,
        new RuntimeCommand(command, null),
        workingDir,
        env,
        sessionId,
        resourceFactor,
        runtimeClass,
        runAsUser,
        runAsGroup,
        fsGroup,
        null);
  }

  /** How V1 sees the pool (runtime-api.md §2.8). */
  WarmRuntimeConfig toWire() {
    return new WarmRuntimeConfig(
        name,
        image,
        command,
        environment,
        workingDir,
        runAsUser,
        runAsGroup,
        fsGroup,
        resourceFactor,
        runtimeClass,
        targetSize);
  }
}
