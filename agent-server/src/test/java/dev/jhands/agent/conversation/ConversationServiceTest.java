package dev.jhands.agent.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jhands.agent.Bodies;
import dev.jhands.agent.server.NotFound;
import dev.jhands.agent.store.ConversationStore;
import dev.jhands.events.conversation.AlwaysConfirm;
import dev.jhands.events.conversation.ConversationErrorEvent;
import dev.jhands.events.conversation.ConversationInfo;
import dev.jhands.events.conversation.ConversationStateUpdateEvent;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.ExecutionStatus;
import dev.jhands.events.conversation.MessageEvent;
import dev.jhands.events.conversation.SendMessageRequest;
import dev.jhands.events.json.Wire;
import dev.jhands.events.secret.SecretValue;
import dev.jhands.events.secret.StaticSecret;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart is a fresh store and service over the same directory. */
class ConversationServiceTest {

  @TempDir Path root;

  private ConversationService boot() {
    ConversationService service =
        new ConversationService(
            new ConversationStore(root, Wire.mapper()), Clock.systemUTC(), conversation -> {});
    service.load();
    return service;
  }

  @Test
  void conversationsAndEventsSurviveARestart() {
    ConversationService first = boot();
    Conversation created = first.start(Bodies.startRequest(null)).conversation();
    first.send(created, SendMessageRequest.userText("one", false));
    first.send(created, SendMessageRequest.userText("two", true));
    created.rename("A title");

    Conversation reloaded = boot().get(created.id()).orElseThrow();

    assertThat(reloaded.events()).isEqualTo(created.events()).hasSize(2);
    assertThat(reloaded.info().title()).isEqualTo("A title");
    assertThat(reloaded.status()).isEqualTo(ExecutionStatus.IDLE);
    assertThat(reloaded.info().createdAt()).isEqualTo(created.info().createdAt());
  }

  @Test
  void statusPolicyAndSecretNamesSurviveARestart() {
    ConversationService first = boot();
    Conversation created = first.start(Bodies.startRequest(null)).conversation();
    created.setConfirmationPolicy(new AlwaysConfirm());
    created.updateSecrets(Map.of("TOKEN", StaticSecret.of("clear")));
    created.setStatus(ExecutionStatus.PAUSED);

    ConversationInfo reloaded = boot().get(created.id()).orElseThrow().info();

    assertThat(reloaded.executionStatus()).isEqualTo(ExecutionStatus.PAUSED);
    assertThat(reloaded.confirmationPolicy()).isInstanceOf(AlwaysConfirm.class);
    // Written masked, so only the name comes back: the value needs a secret key to survive.
    assertThat(reloaded.secretRegistry().secretSources()).containsKey("TOKEN");
    assertThat(((StaticSecret) reloaded.secretRegistry().secretSources().get("TOKEN")).value())
        .isEqualTo(SecretValue.REDACTED);
  }

  @Test
  void aRunningConversationComesBackAsError() {
    ConversationService first = boot();
    Conversation created = first.start(Bodies.startRequest(null)).conversation();
    created.setStatus(ExecutionStatus.RUNNING);

    Conversation reloaded = boot().get(created.id()).orElseThrow();

    assertThat(reloaded.status()).isEqualTo(ExecutionStatus.ERROR);
    List<Event> events = reloaded.events();
    assertThat(events.get(events.size() - 2))
        .isInstanceOfSatisfying(
            ConversationErrorEvent.class,
            e -> assertThat(e.code()).isEqualTo(ConversationService.RESTARTED_CODE));
    assertThat(events.getLast())
        .isInstanceOfSatisfying(
            ConversationStateUpdateEvent.class,
            e -> assertThat(e.executionStatus()).contains(ExecutionStatus.ERROR));
    // And the recovery itself is durable: a second restart finds error, not running.
    assertThat(boot().get(created.id()).orElseThrow().status()).isEqualTo(ExecutionStatus.ERROR);
  }

  @Test
  void concurrentSendsGetDistinctSlotsAndAllSurvive() throws Exception {
    ConversationService service = boot();
    Conversation conversation = service.start(Bodies.startRequest(null)).conversation();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<MessageEvent>> sent = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String text = "m" + i;
        sent.add(
            pool.submit(
                () -> service.send(conversation, SendMessageRequest.userText(text, false))));
      }
      for (Future<MessageEvent> future : sent) {
        future.get();
      }
    }

    assertThat(boot().get(conversation.id()).orElseThrow().events())
        .hasSize(40)
        .isEqualTo(conversation.events());
  }

  @Test
  void aDeletedConversationTakesNoMoreWrites() {
    ConversationService service = boot();
    Conversation conversation = service.start(Bodies.startRequest(null)).conversation();

    assertThat(service.delete(conversation.id())).isTrue();

    assertThatThrownBy(() -> service.send(conversation, SendMessageRequest.userText("late", false)))
        .isInstanceOf(NotFound.class);
    assertThat(root.resolve(conversation.hex())).doesNotExist();
    assertThat(service.delete(conversation.id())).isFalse();
  }

  @Test
  void startIsIdempotentPerId() {
    ConversationService service = boot();
    String id = UUID.randomUUID().toString();

    assertThat(service.start(Bodies.startRequest(id)).created()).isTrue();
    assertThat(service.start(Bodies.startRequest(id.replace("-", ""))).created()).isFalse();
    assertThat(service.all()).hasSize(1);
  }

  @Test
  void aMessageToAFinishedConversationMakesItIdle() {
    ConversationService service = boot();
    Conversation conversation = service.start(Bodies.startRequest(null)).conversation();
    conversation.setStatus(ExecutionStatus.FINISHED);

    MessageEvent sent = service.send(conversation, SendMessageRequest.userText("again", false));

    assertThat(conversation.status()).isEqualTo(ExecutionStatus.IDLE);
    assertThat(conversation.event(sent.id())).contains(sent);
  }
}
