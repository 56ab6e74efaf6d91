package dev.jhands.runtime;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;

/** The runtime API's settings from a few properties and the defaults, without Quarkus. */
public final class TestConfigs {

  private TestConfigs() {}

  public static RuntimeApiConfig.Kubernetes kubernetes(Map<String, String> properties) {
    return runtime(properties).kubernetes();
  }

  public static RuntimeApiConfig runtime(Map<String, String> properties) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(RuntimeApiConfig.class)
            // Quarkus's converter reads "500ms"; plain SmallRye only ISO-8601.
            .withConverter(Duration.class, 200, new DurationConverter())
            .withConverter(MemorySize.class, 200, new MemorySizeConverter())
            .withSources(new PropertiesConfigSource(properties, "test", 500))
            .build();
    return config.getConfigMapping(RuntimeApiConfig.class);
  }
}
