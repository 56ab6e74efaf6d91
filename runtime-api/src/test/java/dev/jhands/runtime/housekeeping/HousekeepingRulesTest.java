package dev.jhands.runtime.housekeeping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.backend.LaunchOptions;
import dev.jhands.runtime.sandbox.SandboxRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HousekeepingRulesTest {

  private static final long HOUR = 3_600_000;
  private final HousekeepingRules rules =
      new HousekeepingRules(Duration.ofMinutes(20), Duration.ofDays(1), Duration.ofDays(7));

  private static SandboxRecord record(RuntimeStatus status, long createdAt, long since) {
    return new SandboxRecord(
        "r1",
        "acme",
        "s1",
        "img",
        RuntimeCommand.ofArgv("true"),
        "/workspace",
        Map.of(),
        "key",
        status,
        null,
        "http://127.0.0.1:1",
        1,
        null,
        0,
        createdAt,
        since,
        LaunchOptions.DEFAULTS);
  }

  private static String detail(Optional<HousekeepingRules.Verdict> verdict) {
    return verdict.orElseThrow().detail();
  }

  @Test
  void idleTimeAtTheLimitPausesAndNoAnswerNeverDoes() {
    SandboxRecord running = record(RuntimeStatus.RUNNING, 0, 0);
    var verdict = rules.byIdleTime(running, OptionalDouble.of(1200));
    assertFalse(verdict.orElseThrow().stop());
    assertEquals("paused: idle for 1200 s (idle-pause-after 20m)", detail(verdict));
    assertTrue(rules.byIdleTime(running, OptionalDouble.of(1199.5)).isEmpty());
    assertTrue(rules.byIdleTime(running, OptionalDouble.empty()).isEmpty());
    assertTrue(
        rules.byIdleTime(record(RuntimeStatus.STARTING, 0, 0), OptionalDouble.of(9e9)).isEmpty());
  }

  @Test
  void lifetimeStopsAnyStateButStopped() {
    long now = 25 * HOUR;
    for (RuntimeStatus status :
        List.of(
            RuntimeStatus.STARTING,
            RuntimeStatus.RUNNING,
            RuntimeStatus.PAUSED,
            RuntimeStatus.ERROR)) {
      var verdict = rules.byClock(record(status, 0, 0), now);
      assertTrue(verdict.orElseThrow().stop());
      assertEquals("stopped: reached the maximum lifetime of 1d", detail(verdict));
    }
    assertTrue(rules.byClock(record(RuntimeStatus.STOPPED, 0, 0), now).isEmpty());
    assertTrue(rules.byClock(record(RuntimeStatus.RUNNING, now - HOUR, 0), now).isEmpty());
  }

  @Test
  void removalCountsFromThePauseNotTheCreation() {
    HousekeepingRules noLifetime =
        new HousekeepingRules(Duration.ZERO, Duration.ZERO, Duration.ofDays(7));
    long pausedAt = 100 * HOUR;
    SandboxRecord paused = record(RuntimeStatus.PAUSED, 0, pausedAt);
    assertTrue(noLifetime.byClock(paused, pausedAt + 7 * 24 * HOUR - 1).isEmpty());
    assertEquals(
        "removed: paused for longer than 7d",
        detail(noLifetime.byClock(paused, pausedAt + 7 * 24 * HOUR)));
    assertTrue(noLifetime.byClock(record(RuntimeStatus.ERROR, 0, 0), 999 * 24 * HOUR).isEmpty());
    assertFalse(noLifetime.wantsIdleTime(record(RuntimeStatus.RUNNING, 0, 0)));
  }
}
