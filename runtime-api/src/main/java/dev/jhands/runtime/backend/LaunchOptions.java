package dev.jhands.runtime.backend;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.runtime.ImagePullPolicy;
import dev.jhands.events.runtime.StartRuntimeRequest;

/**
 * The knobs of {@code /start} that shape a container rather than what runs in it (runtime-api.md
 * §2.1). They are recorded with the runtime, so a resumed sandbox gets the same ones. Null means
 * "the backend's default"; a backend without containers ignores them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LaunchOptions(
    int resourceFactor,
    String runtimeClass,
    Integer runAsUser,
    Integer runAsGroup,
    Integer fsGroup,
    ImagePullPolicy imagePullPolicy) {

  public static final LaunchOptions DEFAULTS = new LaunchOptions(1, null, null, null, null, null);

  public LaunchOptions {
    resourceFactor = Math.max(1, resourceFactor);
  }

  public static LaunchOptions of(StartRuntimeRequest request) {
    return new LaunchOptions(
        request.resourceFactor(),
        request.runtimeClass(),
        request.runAsUser(),
        request.runAsGroup(),
        request.fsGroup(),
        request.imagePullPolicy());
  }
}
