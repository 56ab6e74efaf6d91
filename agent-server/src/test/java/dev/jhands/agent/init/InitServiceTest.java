package dev.jhands.agent.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jhands.agent.AgentServerConfig;
import dev.jhands.agent.bash.BashEventLog;
import dev.jhands.agent.conversation.ConversationService;
import dev.jhands.agent.settings.ServerSettings;
import dev.jhands.agent.settings.ShellEnvironment;
import dev.jhands.agent.store.ConversationStore;
import dev.jhands.agent.webhook.WebhookService;
import dev.jhands.events.json.Wire;
import dev.jhands.events.server.InitRequest;
import dev.jhands.events.server.InitState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed activation rolls back to dormant with its error, and can be retried. */
class InitServiceTest {

  @TempDir Path dir;

  /** A dormant server's configuration: bootstrap key, no webhooks. */
  private AgentServerConfig dormant() {
    return new AgentServerConfig() {
      public Optional<List<String>> sessionApiKeys() {
        return Optional.of(List.of("bootstrap"));
      }

      public Optional<String> secretKey() {
        return Optional.empty();
      }

      public boolean deferredInit() {
        return true;
      }

      public Optional<List<Webhook>> webhooks() {
        return Optional.empty();
      }

      public Path conversationsPath() {
        return dir.resolve("conversations");
      }

      public Path bashEventsDir() {
        return dir.resolve("bash");
      }

      public String actionExecutionUrl() {
        return "http://127.0.0.1:60002";
      }

      public Optional<String> actionExecutionApiKey() {
        return Optional.empty();
      }

      public Socket socket() {
        return () -> 8;
      }
    };
  }

  @Test
  void aFailureRestoresTheDormantSettingsAndARetryWorks() {
    AtomicInteger loads = new AtomicInteger();
    ConversationStore failingOnce =
        new ConversationStore(dir.resolve("conversations"), Wire.mapper()) {
          @Override
          public List<StoredState> loadAll() {
            if (loads.incrementAndGet() == 1) {
              throw new IllegalStateException("disk not mounted yet");
            }
            return super.loadAll();
          }
        };
    ServerSettings settings = new ServerSettings(dormant());
    ShellEnvironment environment = new ShellEnvironment();
    InitService init =
        new InitService(
            settings,
            environment,
            new ConversationService(failingOnce, Clock.systemUTC(), conversation -> {}),
            new BashEventLog(dir.resolve("bash"), Wire.mapper()),
            new WebhookService());
    InitRequest request =
        new InitRequest(
            List.of("user"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of("A", "1"),
            null);

    assertThatThrownBy(() -> init.initialize(request))
        .isInstanceOf(InitService.InitFailed.class)
        .hasMessageContaining("disk not mounted yet");
    assertThat(init.status().state()).isEqualTo(InitState.DORMANT);
    assertThat(init.status().error()).contains("IllegalStateException: disk not mounted yet");
    assertThat(settings.acceptsKey("bootstrap")).isTrue();
    assertThat(settings.acceptsKey("user")).isFalse();
    assertThat(init.ready()).isFalse();
    assertThat(environment.variables()).isEmpty();

    assertThat(init.initialize(request).state()).isEqualTo(InitState.READY);
    assertThat(init.status().error()).isNull();
    assertThat(settings.acceptsKey("user")).isTrue();
    assertThat(settings.acceptsKey("bootstrap")).isFalse();
    // The SDK's merge: the dormant server's secret key (its session key) stays the secret key.
    assertThat(settings.current().secretKey()).contains("bootstrap");
    assertThat(environment.variables()).containsEntry("A", "1");
    assertThatThrownBy(() -> init.initialize(request))
        .isInstanceOf(InitService.AlreadyInitialized.class);
  }
}
