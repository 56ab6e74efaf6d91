package dev.jhands.runtime.pool;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;

/**
 * One pool's figures at {@code /q/metrics}, tagged {@code pool}: {@code jhands_warm_pool_size}
 * (ready, unclaimed members), {@code jhands_warm_pool_hits_total}, {@code
 * jhands_warm_pool_misses_total} (a matching start that got no member and started cold) and {@code
 * jhands_warm_pool_claim_seconds} (claim and activation of a hit).
 */
final class PoolMetrics {

  final Counter hits;
  final Counter misses;
  final Timer claims;

  PoolMetrics(MeterRegistry registry, String pool, Supplier<Number> size) {
    registry.gauge(
        "jhands.warm.pool.size",
        io.micrometer.core.instrument.Tags.of("pool", pool),
        size,
        s -> s.get().doubleValue());
    hits = registry.counter("jhands.warm.pool.hits", "pool", pool);
    misses = registry.counter("jhands.warm.pool.misses", "pool", pool);
    claims =
        Timer.builder("jhands.warm.pool.claim")
            .tag("pool", pool)
            .publishPercentiles(0.5, 0.99)
            .register(registry);
  }
}
