package dev.jhands.action.ipython;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BridgeProtocolTest {

  @Test
  void executeIsOneLineOfJson() {
    assertThat(
            BridgeProtocol.execute("print('a')\nx = \"b\"", Path.of("/w"), Duration.ofMillis(2500)))
        .isEqualTo(
            "{\"op\":\"execute\",\"code\":\"print('a')\\nx = \\\"b\\\"\",\"cwd\":\"/w\","
                + "\"timeout\":2.5}");
  }

  @Test
  void executeEscapesEverythingBeyondAscii() {
    assertThat(BridgeProtocol.execute("print('h\u00e9 \u2713')", null, Duration.ofSeconds(1)))
        .contains("print('h\\u00E9 \\u2713')")
        .matches("\\p{ASCII}*");
  }

  @Test
  void executeWithoutADirectorySendsNull() {
    assertThat(BridgeProtocol.execute("1", null, Duration.ofSeconds(1))).contains("\"cwd\":null");
  }

  @Test
  void readsAResult() {
    BridgeProtocol.Reply reply =
        BridgeProtocol.parse(
                "{\"event\": \"result\", \"status\": \"ok\", \"outputs\": [{\"type\": \"text\","
                    + " \"text\": \"hi\\n\"}, {\"type\": \"image\", \"png\": \"iVBO\"}, {\"type\":"
                    + " \"text\", \"text\": \"42\"}], \"restarted\": true, \"kernel_stopped\":"
                    + " false, \"later\": 1}")
            .orElseThrow();
    assertThat(reply.isResult()).isTrue();
    CellResult result = BridgeProtocol.toResult(reply);
    assertThat(result.status()).isEqualTo(CellResult.Status.FINISHED);
    assertThat(result.texts()).containsExactly("hi\n", "42");
    assertThat(result.pngs()).containsExactly("iVBO");
    assertThat(result.restarted()).isTrue();
    assertThat(result.kernelStopped()).isFalse();
  }

  @Test
  void readsTimeoutsAndDeaths() {
    String timeout =
        "{\"event\": \"result\", \"status\": \"timeout\", \"outputs\": [], \"kernel_stopped\":"
            + " true}";
    CellResult timedOut = BridgeProtocol.toResult(BridgeProtocol.parse(timeout).orElseThrow());
    assertThat(timedOut.status()).isEqualTo(CellResult.Status.TIMED_OUT);
    assertThat(timedOut.kernelStopped()).isTrue();
    String died = "{\"event\": \"result\", \"status\": \"died\", \"outputs\": []}";
    assertThat(BridgeProtocol.toResult(BridgeProtocol.parse(died).orElseThrow()).status())
        .isEqualTo(CellResult.Status.DIED);
  }

  @Test
  void readsReadyAndFailed() {
    BridgeProtocol.Reply ready =
        BridgeProtocol.parse(
                "{\"event\": \"ready\", \"python\": \"/usr/bin/python3\", \"kernel_pid\": 12}")
            .orElseThrow();
    assertThat(ready.isReady()).isTrue();
    assertThat(ready.python()).isEqualTo("/usr/bin/python3");
    assertThat(ready.kernelPid()).isEqualTo(12L);
    BridgeProtocol.Reply failed =
        BridgeProtocol.parse("{\"event\": \"failed\", \"error\": \"No module named 'x'\"}")
            .orElseThrow();
    assertThat(failed.isReady()).isFalse();
    assertThat(failed.error()).isEqualTo("No module named 'x'");
  }

  // A login profile under su may print anything before the bridge runs.
  @Test
  void skipsLinesThatAreNotReplies() {
    assertThat(BridgeProtocol.parse("Welcome to the sandbox")).isEmpty();
    assertThat(BridgeProtocol.parse("{not json")).isEmpty();
  }
}
