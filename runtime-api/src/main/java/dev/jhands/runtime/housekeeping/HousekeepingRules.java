package dev.jhands.runtime.housekeeping;

import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.sandbox.SandboxRecord;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What housekeeping does to one runtime, decided from its record, the clock and (for a running one)
 * the idle time its agent server reports. Kept apart from the loop so the rules read as rules.
 */
final class HousekeepingRules {

  /** Pause or stop, and the {@code status_detail} that says why. */
  record Verdict(boolean stop, String detail) {}

  private final Duration idlePauseAfter;
  private final Duration maxLifetime;
  private final Duration removePausedAfter;

  HousekeepingRules(RuntimeApiConfig.Housekeeping config) {
    this(config.idlePauseAfter(), config.maxLifetime(), config.removePausedAfter());
  }

  HousekeepingRules(Duration idlePauseAfter, Duration maxLifetime, Duration removePausedAfter) {
    this.idlePauseAfter = idlePauseAfter;
    this.maxLifetime = maxLifetime;
    this.removePausedAfter = removePausedAfter;
  }

  /** Whether a running runtime's idle time is worth asking for at all. */
  boolean wantsIdleTime(SandboxRecord record) {
    return on(idlePauseAfter) && record.status() == RuntimeStatus.RUNNING;
  }

  /** The lifetime and paused-removal rules, which need no probe. */
  Optional<Verdict> byClock(SandboxRecord record, long nowMillis) {
    if (record.status() == RuntimeStatus.STOPPED) {
      return Optional.empty();
    }
    if (on(maxLifetime) && nowMillis - record.createdAt() >= maxLifetime.toMillis()) {
      return Optional.of(
          new Verdict(true, "stopped: reached the maximum lifetime of " + text(maxLifetime)));
    }
    if (on(removePausedAfter)
        && record.status() == RuntimeStatus.PAUSED
        && nowMillis - record.statusSince() >= removePausedAfter.toMillis()) {
      return Optional.of(
          new Verdict(true, "removed: paused for longer than " + text(removePausedAfter)));
    }
    return Optional.empty();
  }

  /** The idle rule: no answer from the agent server means no pause. */
  Optional<Verdict> byIdleTime(SandboxRecord record, OptionalDouble idleSeconds) {
    if (!wantsIdleTime(record) || idleSeconds.isEmpty()) {
      return Optional.empty();
    }
    double idle = idleSeconds.getAsDouble();
    return idle * 1000 >= idlePauseAfter.toMillis()
        ? Optional.of(
            new Verdict(
                false,
                String.format(
                    java.util.Locale.ROOT,
                    "paused: idle for %.0f s (idle-pause-after %s)",
                    idle,
                    text(idlePauseAfter))))
        : Optional.empty();
  }

  private static boolean on(Duration duration) {
    return duration != null && duration.isPositive();
  }

  /** {@code 7d}, {@code 20m}, {@code 90s}: the way the settings are written. */
  static String text(Duration duration) {
    long s = duration.toSeconds();
    if (s > 0 && s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s > 0 && s % 3_600 == 0) {
      return s / 3_600 + "h";
    }
    if (s > 0 && s % 60 == 0) {
      return s / 60 + "m";
    }
    return duration.toMillis() % 1000 == 0 ? s + "s" : duration.toMillis() + "ms";
  }
}
