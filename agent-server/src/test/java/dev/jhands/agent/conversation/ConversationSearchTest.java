package dev.jhands.agent.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jhands.events.conversation.ConversationInfo;
import jakarta.ws.rs.BadRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationSearchTest {

  private static ConversationInfo created(String id, String at) {
    return new ConversationInfo(
        id, null, null, null, null, null, null, null, null, null, null, null, null, null, at, at);
  }

  @Test
  void sortsByTimeNotByText() {
    // Pydantic writes a whole second without a fraction; as text it would sort after .5.
    ConversationInfo whole = created("a", "2025-01-01T00:00:27Z");
    ConversationInfo half = created("b", "2025-01-01T00:00:27.500000Z");

    assertThat(List.of(half, whole).stream().sorted(ConversationSearch.comparator("CREATED_AT")))
        .containsExactly(whole, half);
    assertThat(List.of(whole, half).stream().sorted(ConversationSearch.comparator(null)))
        .containsExactly(half, whole);
  }

  @Test
  void rejectsUnknownSortOrder() {
    assertThatThrownBy(() -> ConversationSearch.comparator("created_at"))
        .isInstanceOf(BadRequestException.class);
  }
}
