package dev.jhands.events.conversation;

/** The {@code sort_order} of an event search; the wire values are the constant names. */
public enum EventSortOrder {
  TIMESTAMP,
  TIMESTAMP_DESC
}
