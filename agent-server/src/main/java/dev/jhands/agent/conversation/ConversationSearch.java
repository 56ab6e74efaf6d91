package dev.jhands.agent.conversation;

import dev.jhands.events.conversation.ConversationInfo;
import dev.jhands.events.conversation.ConversationSortOrder;
import dev.jhands.events.conversation.EventTimestamps;
import dev.jhands.events.conversation.ExecutionStatus;
import jakarta.ws.rs.BadRequestException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The {@code status} filter and {@code sort_order} of a conversation search or count. */
final class ConversationSearch {

  private ConversationSearch() {}

  static List<ConversationInfo> filtered(ConversationService service, String status) {
    Optional<ExecutionStatus> wanted =
        status == null
            ? Optional.empty()
            : Optional.of(
                ExecutionStatus.fromValue(status)
                    .orElseThrow(() -> new BadRequestException("Unknown status: " + status)));
    return service.all().stream()
        .map(Conversation::info)
        .filter(info -> wanted.isEmpty() || info.executionStatus() == wanted.get())
        .toList();
  }

  static Comparator<ConversationInfo> comparator(String sortOrder) {
    ConversationSortOrder order = parseSortOrder(sortOrder);
    Comparator<ConversationInfo> byCreated = Comparator.comparing(c -> time(c.createdAt()));
    Comparator<ConversationInfo> byUpdated = Comparator.comparing(c -> time(c.updatedAt()));
    Comparator<ConversationInfo> chosen =
        switch (order) {
          case CREATED_AT -> byCreated;
          case CREATED_AT_DESC -> byCreated.reversed();
          case UPDATED_AT -> byUpdated;
          case UPDATED_AT_DESC -> byUpdated.reversed();
        };
    // Ties (same microsecond) still need a stable page order, or paging could skip items.
    return chosen.thenComparing(ConversationInfo::id);
  }

  private static ConversationSortOrder parseSortOrder(String sortOrder) {
    if (sortOrder == null) {
      return ConversationSortOrder.CREATED_AT_DESC;
    }
    try {
      return ConversationSortOrder.valueOf(sortOrder);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "Unknown sort_order: "
              + sortOrder
              + " (CREATED_AT, CREATED_AT_DESC, UPDATED_AT, UPDATED_AT_DESC)");
    }
  }

  // Parsed, not compared as text: pydantic drops a zero fraction, and "27Z" > "27.5Z" as text.
  private static LocalDateTime time(String utc) {
    return utc == null ? LocalDateTime.MIN : EventTimestamps.parse(utc, ZoneOffset.UTC);
  }
}
