package dev.jhands.agent.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationIdsTest {

  @Test
  void acceptsDashedAndHexForms() {
    UUID id = UUID.randomUUID();
    assertThat(ConversationIds.parse(id.toString())).contains(id);
    assertThat(ConversationIds.parse(ConversationIds.hex(id))).contains(id);
    assertThat(ConversationIds.parse(ConversationIds.hex(id).toUpperCase())).contains(id);
  }

  @Test
  void rejectsEverythingElse() {
    assertThat(ConversationIds.parse("1-1-1-1-1")).isEmpty();
    assertThat(ConversationIds.parse("not-an-id")).isEmpty();
    assertThat(ConversationIds.parse("0123456789abcdef0123456789abcde")).isEmpty();
    assertThat(ConversationIds.parse(null)).isEmpty();
  }
}
