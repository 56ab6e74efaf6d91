package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * When the agent must wait for the user before running its actions: {@code {"kind": "AlwaysConfirm"
 * | "NeverConfirm" | "ConfirmRisky", ...}}. The default is NeverConfirm.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = AlwaysConfirm.class, name = "AlwaysConfirm"),
  @JsonSubTypes.Type(value = NeverConfirm.class, name = "NeverConfirm"),
  @JsonSubTypes.Type(value = ConfirmRisky.class, name = "ConfirmRisky")
})
public sealed interface ConfirmationPolicy permits AlwaysConfirm, NeverConfirm, ConfirmRisky {

  /** Whether an action of this risk needs the user's confirmation. */
  boolean shouldConfirm(SecurityRisk risk);
}
