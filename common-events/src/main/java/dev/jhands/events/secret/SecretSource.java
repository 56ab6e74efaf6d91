package dev.jhands.events.secret;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Where a named conversation secret comes from: {@code {"kind": "StaticSecret" | "LookupSecret",
 * ...}}. The agent exports it as an environment variable to terminal commands that mention its
 * name.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = StaticSecret.class, name = "StaticSecret"),
  @JsonSubTypes.Type(value = LookupSecret.class, name = "LookupSecret")
})
public sealed interface SecretSource permits StaticSecret, LookupSecret {

  /** An optional human-readable description; null when absent. */
  String description();
}
