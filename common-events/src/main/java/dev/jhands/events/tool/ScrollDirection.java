package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which way {@code browser_scroll} scrolls. */
public enum ScrollDirection {
  @JsonProperty("up")
  UP,
  @JsonProperty("down")
  DOWN
}
