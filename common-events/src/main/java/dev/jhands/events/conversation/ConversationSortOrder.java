package dev.jhands.events.conversation;

/** The {@code sort_order} of a conversation search; the wire values are the constant names. */
public enum ConversationSortOrder {
  CREATED_AT,
  UPDATED_AT,
  CREATED_AT_DESC,
  UPDATED_AT_DESC
}
