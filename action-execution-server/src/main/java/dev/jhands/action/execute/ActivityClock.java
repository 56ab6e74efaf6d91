package dev.jhands.action.execute;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Uptime and idle time for {@code /server_info}. Idle time counts from the end of the last action,
 * so the runtime API can pause a sandbox nobody uses.
 */
@ApplicationScoped
public class ActivityClock {

  private final Instant started = Instant.now();
  private volatile Instant lastActivity = started;
  private volatile boolean busy;

  void begin() {
    busy = true;
    lastActivity = Instant.now();
  }

  void end() {
    busy = false;
    lastActivity = Instant.now();
  }

  public Duration uptime() {
    return Duration.between(started, Instant.now());
  }

  /** Zero while an action runs. */
  public Duration idleTime() {
    return busy ? Duration.ZERO : Duration.between(lastActivity, Instant.now());
  }
}
