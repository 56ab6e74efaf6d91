package dev.jhands.runtime.pool;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
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
    // Held strongly: a gauge keeps only a weak reference by default, and the supplier is a lambda.
    Gauge.builder("jhands.warm.pool.size", size, s -> s.get().doubleValue())
        .tag("pool", pool)
        .strongReference(true)
        .register(registry);
    hits = registry.counter("jhands.warm.pool.hits", "pool", pool);
    misses = registry.counter("jhands.warm.pool.misses", "pool", pool);
    claims =
        Timer.builder("jhands.warm.pool.claim")
            .tag("pool", pool)
            .publishPercentiles(0.5, 0.99)
            .register(registry);
  }
}
