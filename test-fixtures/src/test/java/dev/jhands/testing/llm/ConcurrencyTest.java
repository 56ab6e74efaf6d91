package dev.jhands.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Parallel callers: each request takes exactly one turn, and slow turns do not block others. */
class ConcurrencyTest {

  private static final int CALLERS = 12;

  private final ScriptedLlmServer llm = ScriptedLlmServer.start();
  private final RawClient client = new RawClient(llm);

  @AfterEach
  void close() {
    llm.close();
  }

  private static String content(HttpResponse<String> response) {
    return RawClient.parse(response.body()).at("/choices/0/message/content").asText();
  }

  @Test
  void parallelRequestsEachGetOneTurnInArrivalOrder() {
    IntStream.rangeClosed(1, CALLERS).forEach(i -> llm.enqueue(Turn.text("turn-" + i)));

    List<CompletableFuture<HttpResponse<String>>> calls =
        IntStream.rangeClosed(1, CALLERS)
            .mapToObj(i -> client.postAsync(RawClient.chatBody("caller-" + i)))
            .toList();
    Map<String, String> answerByCaller = new HashMap<>();
    for (int i = 0; i < CALLERS; i++) {
      answerByCaller.put("caller-" + (i + 1), content(calls.get(i).join()));
    }

    assertThat(answerByCaller.values())
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, CALLERS).mapToObj(i -> "turn-" + i).toList());
    assertThat(llm.remainingTurns()).isZero();
    List<RecordedRequest> requests = llm.requests();
    assertThat(requests).hasSize(CALLERS);
    // The k-th recorded request got the k-th turn.
    for (RecordedRequest request : requests) {
      assertThat(answerByCaller.get(request.lastUserText()))
          .isEqualTo("turn-" + request.sequence());
    }
  }

  @Test
  void aDelayedTurnDoesNotHoldUpTheNextRequest() throws Exception {
    llm.enqueue(Turn.text("slow").withDelay(Duration.ofSeconds(2)), Turn.text("fast"));

    CompletableFuture<HttpResponse<String>> slow = client.postAsync(RawClient.chatBody("1"));
    llm.awaitRequests(1, Duration.ofSeconds(5));
    HttpResponse<String> fast = client.post(RawClient.chatBody("2"));

    // Answered while the slow one still waits: it was not queued behind it.
    assertThat(content(fast)).isEqualTo("fast");
    assertThat(slow).isNotDone();
    assertThat(content(slow.get(10, TimeUnit.SECONDS))).isEqualTo("slow");
  }

  @Test
  void scriptingFromAnotherThreadWhileRequestsArriveIsSafe() {
    List<CompletableFuture<HttpResponse<String>>> calls =
        IntStream.rangeClosed(1, CALLERS)
            .mapToObj(
                i ->
                    CompletableFuture.runAsync(() -> llm.enqueue(Turn.text("t")))
                        .thenCompose(ignored -> client.postAsync(RawClient.chatBody("c" + i))))
            .toList();

    assertThat(calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode))
        .containsOnly(200);
    assertThat(llm.awaitRequests(CALLERS, Duration.ofSeconds(5))).hasSize(CALLERS);
  }
}
