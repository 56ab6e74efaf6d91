package dev.jhands.agent.init;

import dev.jhands.agent.bash.BashEventLog;
import dev.jhands.agent.conversation.ConversationService;
import dev.jhands.agent.settings.ServerSettings;
import dev.jhands.agent.settings.Settings;
import dev.jhands.agent.settings.ShellEnvironment;
import dev.jhands.agent.webhook.WebhookService;
import dev.jhands.events.server.InitRequest;
import dev.jhands.events.server.InitState;
import dev.jhands.events.server.InitStatus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Brings the server's stateful parts up (conversations, bash events, webhooks): at start, or, when
 * the server starts dormant ({@code OH_DEFERRED_INIT}), once {@code POST /api/init} delivers the
 * per-user settings. Follows the SDK's {@code InitService}: dormant → initializing → ready, one
 * activation only, and a failed one rolls back to dormant with its error so it can be retried.
 */
@ApplicationScoped
public class InitService {

  private static final Logger LOG = Logger.getLogger(InitService.class);

  private final ServerSettings settings;
  private final ShellEnvironment environment;
  private final ConversationService conversations;
  private final BashEventLog bashEvents;
  private final WebhookService webhooks;
  private volatile InitState state = InitState.DORMANT;
  private String error;

  public InitService(
      ServerSettings settings,
      ShellEnvironment environment,
      ConversationService conversations,
      BashEventLog bashEvents,
      WebhookService webhooks) {
    this.settings = settings;
    this.environment = environment;
    this.conversations = conversations;
    this.bashEvents = bashEvents;
    this.webhooks = webhooks;
  }

  void onStart(@Observes StartupEvent event) {
    if (!settings.deferredInit()) {
      bringUp();
      state = InitState.READY;
      return;
    }
    if (settings.current().secretKey().isEmpty()) {
      LOG.warn("dormant with no OH_SECRET_KEY or session key: anyone can call POST /api/init");
    }
    LOG.info("dormant (deferred init): /api answers 503 until POST /api/init");
  }

  public boolean deferred() {
    return settings.deferredInit();
  }

  public boolean ready() {
    return state == InitState.READY;
  }

  public synchronized InitStatus status() {
    return new InitStatus(state, error);
  }

  /** The secret {@code X-Init-API-Key} must match; none means the route is open (SDK, for dev). */
  public Optional<String> bootstrapSecret() {
    return settings.current().secretKey();
  }

  /**
   * Activates a dormant server. A bad request is an {@link IllegalArgumentException} before
   * anything changes; a second activation is {@link AlreadyInitialized}; a failure while bringing
   * things up restores the dormant settings and is rethrown.
   */
  public InitStatus initialize(InitRequest request) {
    Settings before = settings.current();
    Map<String, String> environmentBefore = environment.variables();
    Settings next = before.merge(request);
    synchronized (this) {
      if (state != InitState.DORMANT) {
        throw new AlreadyInitialized("server already in state: " + state.wire());
      }
      state = InitState.INITIALIZING;
      error = null;
    }
    try {
      settings.replace(next);
      if (request.env() != null) {
        environment.putAll(request.env());
      }
      bringUp();
      synchronized (this) {
        state = InitState.READY;
      }
      LOG.infof(
          "activated by POST /api/init: %d session keys, %d webhooks, %d environment variables",
          next.sessionKeys().size(),
          next.webhooks().size(),
          request.env() == null ? 0 : request.env().size());
      return status();
    } catch (RuntimeException e) {
      LOG.error("POST /api/init failed; back to dormant", e);
      settings.replace(before);
      environment.reset(environmentBefore);
      synchronized (this) {
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
        state = InitState.DORMANT;
      }
      throw new InitFailed(error, e);
    }
  }

  // The first use of the lazily created store and bash log fixes their directories and key.
  private void bringUp() {
    conversations.load();
    LOG.infof("%d bash events on disk", bashEvents.all().size());
    webhooks.start(settings.current(), conversations);
  }

  /** A second {@code POST /api/init}. */
  public static final class AlreadyInitialized extends RuntimeException {
    AlreadyInitialized(String message) {
      super(message);
    }
  }

  /** Activation failed after it began; the server is dormant again. */
  public static final class InitFailed extends RuntimeException {
    InitFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
