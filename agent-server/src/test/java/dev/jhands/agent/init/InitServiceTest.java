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
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed activation rolls back to dormant with its error, and can be retried. */
class InitServiceTest {

  @TempDir Path dir;

  /** A dormant server's configuration: bootstrap key, no webhooks, the rest at its defaults. */
  private AgentServerConfig dormant() {
    return new SmallRyeConfigBuilder()
        .withMapping(AgentServerConfig.class)
        .withConverter(Duration.class, 100, new DurationConverter())
        .withDefaultValue("jhands.agent.session-api-keys", "bootstrap")
        .withDefaultValue("jhands.agent.deferred-init", "true")
        .withDefaultValue(
            "jhands.agent.conversations-path", dir.resolve("conversations").toString())
        .withDefaultValue("jhands.agent.bash-events-dir", dir.resolve("bash").toString())
        .build()
        .getConfigMapping(AgentServerConfig.class);
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
