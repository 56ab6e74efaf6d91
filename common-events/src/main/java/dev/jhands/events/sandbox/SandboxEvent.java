package dev.jhands.events.sandbox;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Any OpenHands event: read as an action if the JSON has an {@code action} key, as an observation
 * if it has an {@code observation} key, and rejected if it has neither.
 */
@JsonDeserialize(using = SandboxEventDeserializer.class)
public sealed interface SandboxEvent permits SandboxActionEvent, SandboxObservationEvent {

  EventHeader header();

  /** The human-readable {@code message} written with the event. */
  String message();
}
