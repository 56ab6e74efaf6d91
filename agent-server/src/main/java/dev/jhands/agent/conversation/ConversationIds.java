package dev.jhands.agent.conversation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Conversation ids arrive as dashed UUIDs or as 32 hex digits (contract §11); both name one. */
public final class ConversationIds {

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{32}");

  private ConversationIds() {}

  /** The id in either form, or empty if it is neither. */
  public static Optional<UUID> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.trim();
    if (HEX.matcher(trimmed).matches()) {
      trimmed =
          trimmed.substring(0, 8)
              + '-'
              + trimmed.substring(8, 12)
              + '-'
              + trimmed.substring(12, 16)
              + '-'
              + trimmed.substring(16, 20)
              + '-'
              + trimmed.substring(20);
    }
    try {
      UUID id = UUID.fromString(trimmed);
      // UUID.fromString accepts short groups such as "1-1-1-1-1"; only the canonical form counts.
      return id.toString().equalsIgnoreCase(trimmed) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The directory name and webhook form: 32 lower-case hex digits. */
  public static String hex(UUID id) {
    return id.toString().replace("-", "");
  }
}
