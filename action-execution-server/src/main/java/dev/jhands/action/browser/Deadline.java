package dev.jhands.action.browser;

import java.time.Duration;

/** The end of one browser step, from which every Playwright call takes its timeout. */
record Deadline(long atNanos) {

  /** No Playwright call gets less, so that a step near its end still fails with a clear error. */
  private static final long FLOOR_MILLIS = 100;

  static Deadline after(Duration limit) {
    return new Deadline(System.nanoTime() + limit.toNanos());
  }

  double remainingMillis() {
    return Math.max(FLOOR_MILLIS, (atNanos - System.nanoTime()) / 1_000_000.0);
  }

  /** The smaller of {@code millis} and what is left. */
  double capped(double millis) {
    return Math.min(millis, remainingMillis());
  }
}
