package dev.jhands.agent.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jhands.agent.Bodies;
import dev.jhands.events.conversation.ConversationErrorEvent;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.MessageEvent;
import dev.jhands.events.conversation.PauseEvent;
import dev.jhands.events.conversation.StoredConversation;
import dev.jhands.events.json.Wire;
import dev.jhands.events.llm.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationStoreTest {

  static final String HEX = "0123456789abcdef0123456789abcdef";

  @TempDir Path root;

  @Test
  void readsBackWhatItWrote() {
    ConversationStore store = new ConversationStore(root, Wire.mapper());
    StoredConversation meta =
        StoredConversation.of(
            Bodies.startRequest(null), "01234567-89ab-cdef-0123-456789abcdef", "t");
    store.writeMeta(HEX, meta);
    MessageEvent hello = MessageEvent.fromUser(Message.user("hello"));
    store.appendEvent(HEX, 0, hello);
    store.appendEvent(HEX, 1, PauseEvent.now());

    List<ConversationStore.StoredState> loaded =
        new ConversationStore(root, Wire.mapper()).loadAll();

    assertThat(loaded).hasSize(1);
    assertThat(loaded.getFirst().hex()).isEqualTo(HEX);
    assertThat(loaded.getFirst().meta().agent().llm().model()).isEqualTo("openai/scripted-model");
    assertThat(loaded.getFirst().state()).isNull();
    assertThat(loaded.getFirst().events()).hasSize(2).first().isEqualTo(hello);
    assertThat(root.resolve(HEX).resolve("events"))
        .isDirectoryContaining("glob:**/event-00000-" + hello.id() + ".json");
  }

  @Test
  void ordersEventsByIndexNotByName() {
    ConversationStore store = new ConversationStore(root, Wire.mapper());
    store.writeMeta(HEX, StoredConversation.of(Bodies.startRequest(null), HEX, "t"));
    Event late = ConversationErrorEvent.of("Late", "written at index 100000");
    Event early = ConversationErrorEvent.of("Early", "written at index 99999");
    store.appendEvent(HEX, 100_000, late);
    store.appendEvent(HEX, 99_999, early);

    assertThat(store.loadAll().getFirst().events()).containsExactly(early, late);
  }

  @Test
  void skipsTempFilesAndDirectoriesWithoutMeta() throws Exception {
    ConversationStore store = new ConversationStore(root, Wire.mapper());
    store.writeMeta(HEX, StoredConversation.of(Bodies.startRequest(null), HEX, "t"));
    Path events = Files.createDirectories(root.resolve(HEX).resolve("events"));
    Files.writeString(events.resolve(AtomicFiles.TEMP_PREFIX + "half"), "{\"kind\":");
    Files.createDirectories(root.resolve("not-a-conversation"));

    assertThat(store.loadAll()).singleElement().satisfies(s -> assertThat(s.events()).isEmpty());
  }

  @Test
  void masksSecretsOnDisk() throws Exception {
    ConversationStore store = new ConversationStore(root, Wire.mapper());
    store.writeMeta(HEX, StoredConversation.of(Bodies.startRequest(null), HEX, "t"));

    assertThat(Files.readString(root.resolve(HEX).resolve("meta.json")))
        .doesNotContain("sk-very-secret")
        .contains("**********");
  }

  @Test
  void deleteRemovesOnlyTheConversationDirectory() throws Exception {
    ConversationStore store = new ConversationStore(root, Wire.mapper());
    store.writeMeta(HEX, StoredConversation.of(Bodies.startRequest(null), HEX, "t"));
    store.appendEvent(HEX, 0, PauseEvent.now());
    Path sibling = Files.createDirectories(root.resolve("other"));

    store.delete(HEX);

    assertThat(root.resolve(HEX)).doesNotExist();
    assertThat(sibling).exists();
  }
}
