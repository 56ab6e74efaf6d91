package dev.jhands.agent.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jhands.events.conversation.ConversationInfo;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.PauseEvent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Batching, the flush timer and putting failed batches back, on a clock the test moves. */
class WebhookQueueTest {

  static final long DELAY = 1_000;
  final WebhookQueue queue = new WebhookQueue(3, DELAY);
  final UUID a = UUID.randomUUID();
  final UUID b = UUID.randomUUID();

  private static List<String> ids(WebhookQueue.Batch batch) {
    return batch.events().stream().map(Event::id).toList();
  }

  private Event add(UUID conversation, long now) {
    Event event = PauseEvent.now();
    queue.addEvent(conversation, event, now);
    return event;
  }

  @Test
  void aFullBufferIsDueAtOnceInBatchesOfTheBufferSize() {
    Event e1 = add(a, 0);
    add(a, 0);
    assertThat(queue.next(0)).isNull();
    add(a, 0);
    add(a, 0);
    WebhookQueue.Batch first = queue.next(0);
    assertThat(first.conversation()).isEqualTo(a);
    assertThat(first.events()).hasSize(3);
    assertThat(first.events().get(0)).isSameAs(e1);
    assertThat(queue.next(0)).isNull();
    assertThat(queue.next(DELAY).events()).hasSize(1);
    assertThat(queue.isEmpty()).isTrue();
  }

  @Test
  void theTimerRestartsOnEveryEvent() {
    add(a, 0);
    add(a, 800);
    assertThat(queue.next(1_000)).isNull();
    assertThat(queue.nanosToNext(1_000)).isEqualTo(800);
    assertThat(queue.next(1_800).events()).hasSize(2);
    assertThat(queue.nanosToNext(1_800)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void conversationsAreBatchedApart() {
    add(a, 0);
    add(b, 0);
    WebhookQueue.Batch one = queue.next(DELAY);
    WebhookQueue.Batch two = queue.next(DELAY);
    assertThat(List.of(one.conversation(), two.conversation())).containsExactly(a, b);
  }

  @Test
  void aFailedBatchGoesBackFirstAndWaitsTheDelayEvenWhenFull() {
    Event e1 = add(a, 0);
    Event e2 = add(a, 0);
    Event e3 = add(a, 0);
    WebhookQueue.Batch failed = queue.next(0);
    Event e4 = add(a, 10);
    queue.putBack(failed, 20);
    assertThat(queue.next(20)).isNull();
    assertThat(queue.nanosToNext(20)).isEqualTo(DELAY);
    WebhookQueue.Batch retried = queue.next(20 + DELAY);
    assertThat(ids(retried)).containsExactly(e1.id(), e2.id(), e3.id());
    assertThat(ids(queue.next(20 + DELAY + DELAY))).containsExactly(e4.id());
  }

  @Test
  void infoIsDueAtOnceAndBacksOffAfterAFailure() {
    queue.addInfo(
        new ConversationInfo(
            "c", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null));
    add(a, 0);
    add(a, 0);
    add(a, 0);
    WebhookQueue.Batch info = queue.next(0);
    assertThat(info.events()).isNull();
    assertThat(info.info().id()).isEqualTo("c");
    queue.putBack(info, 0);
    assertThat(queue.next(0).conversation()).isEqualTo(a);
    assertThat(queue.next(0)).isNull();
    assertThat(queue.next(DELAY).info()).isNotNull();
  }

  @Test
  void takeAnyEmptiesEverythingForTheLastFlush() {
    add(a, 0);
    add(b, 0);
    assertThat(queue.takeAny()).isNotNull();
    assertThat(queue.takeAny()).isNotNull();
    assertThat(queue.takeAny()).isNull();
  }
}
