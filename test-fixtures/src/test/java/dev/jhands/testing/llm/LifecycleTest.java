package dev.jhands.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starting on loopback, and {@code close()} giving the port back. */
class LifecycleTest {

  @Test
  void listensOnLoopbackWithAnEphemeralPort() {
    try (ScriptedLlmServer one = ScriptedLlmServer.start();
        ScriptedLlmServer two = ScriptedLlmServer.start()) {
      assertThat(one.baseUrl()).isEqualTo("http://127.0.0.1:" + one.port() + "/v1");
      assertThat(one.port()).isPositive().isNotEqualTo(two.port());
    }
  }

  @Test
  void closeReleasesThePort() throws IOException {
    ScriptedLlmServer llm = ScriptedLlmServer.start();
    int port = llm.port();
    RawClient client = new RawClient(llm);
    llm.enqueue(Turn.text("alive"));
    assertThat(client.post(RawClient.chatBody("Hi")).statusCode()).isEqualTo(200);

    llm.close();

    try (ServerSocket rebound = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(rebound.getLocalPort()).isEqualTo(port);
    }
    assertThatThrownBy(() -> client.post(RawClient.chatBody("Hi")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void closeCutsAStreamThatIsStillOpen() throws Exception {
    ScriptedLlmServer llm = ScriptedLlmServer.start();
    llm.enqueue(Turn.text("a b c d e f g h").withChunkDelay(Duration.ofMillis(500)));
    CompletableFuture<HttpResponse<String>> stream =
        new RawClient(llm).postAsync(RawClient.streamBody("Hi", false));
    llm.awaitRequests(1, Duration.ofSeconds(5));

    llm.close();

    // Either the exchange fails or it ends early without [DONE]; it must not hang.
    String body;
    try {
      body = stream.get(10, TimeUnit.SECONDS).body();
    } catch (ExecutionException e) {
      body = "";
    }
    assertThat(body).doesNotContain("[DONE]");
  }
}
