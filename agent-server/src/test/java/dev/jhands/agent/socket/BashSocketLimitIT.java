package dev.jhands.agent.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.jhands.agent.bash.BashEventLog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The socket limits, made small: the first-frame auth window and the bash subscriber cap. */
@QuarkusTest
@TestProfile(BashSocketLimitIT.Small.class)
class BashSocketLimitIT {

  static final String KEY = "limit-key";

  public static class Small implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "jhands.agent.session-api-keys", KEY,
          "jhands.agent.socket.auth-window", "1s",
          "jhands.agent.socket.max-bash-subscribers", "1");
    }
  }

  @Inject BashEventLog log;

  @Test
  void aSilentClientIsClosed4001WhenTheAuthWindowEnds() {
    WsClient silent = WsClient.connect("/sockets/bash-events");
    assertThat(silent.closeCode).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(4001);
    assertThat(silent.closeReason).isEqualTo("Authentication failed");
    WsClient silentOnEvents = WsClient.connect("/sockets/events/" + java.util.UUID.randomUUID());
    assertThat(silentOnEvents.closeCode).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(4001);
  }

  @Test
  void oneBashSubscriberTooManyIsClosed1013() {
    WsClient first = WsClient.connect("/sockets/bash-events?session_api_key=" + KEY);
    await().until(() -> log.subscriberCount() == 1);
    WsClient second = WsClient.connect("/sockets/bash-events?session_api_key=" + KEY);
    assertThat(second.closeCode).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(1013);
    assertThat(second.closeReason).isEqualTo("Too many bash event connections");
    assertThat(first.closeCode).isNotDone();
    first.close();
    await().until(() -> log.subscriberCount() == 0);
    WsClient third = WsClient.connect("/sockets/bash-events?session_api_key=" + KEY);
    await().until(() -> log.subscriberCount() == 1);
    assertThat(third.closeCode).isNotDone();
    third.close();
  }
}
