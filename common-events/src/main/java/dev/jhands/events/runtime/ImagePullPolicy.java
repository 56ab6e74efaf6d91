package dev.jhands.events.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The Kubernetes image pull policy a {@code POST /start} body may name (runtime-api.md §2.1; only
 * the SDK sends it). Read strictly: the runtime API validates what callers send.
 */
public enum ImagePullPolicy {
  ALWAYS("Always"),
  IF_NOT_PRESENT("IfNotPresent"),
  NEVER("Never");

  private final String wire;

  ImagePullPolicy(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  @JsonCreator
  public static ImagePullPolicy fromWire(String value) {
    for (ImagePullPolicy policy : values()) {
      if (policy.wire.equals(value)) {
        return policy;
      }
    }
    throw new IllegalArgumentException("unknown image pull policy: " + value);
  }
}
