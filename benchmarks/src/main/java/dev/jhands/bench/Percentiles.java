package dev.jhands.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency figures of one run, in milliseconds. */
record Percentiles(int count, double p50, double p90, double p99, double max, double mean) {

  static Percentiles of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Percentiles(
        sorted.length,
        ms(at(sorted, 0.50)),
        ms(at(sorted, 0.90)),
        ms(at(sorted, 0.99)),
        ms(sorted[sorted.length - 1]),
        ms((long) Arrays.stream(sorted).average().orElse(0)));
  }

  private static long at(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  String row(String name) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |",
        name,
        count,
        p50,
        p90,
        p99,
        max,
        mean);
  }

  static String header() {
    return "| call | n | p50 ms | p90 ms | p99 ms | max ms | mean ms |\n"
        + "|---|---|---|---|---|---|---|";
  }
}
