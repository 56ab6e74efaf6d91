package dev.jhands.agent.webhook;

import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.conversation.ConversationListener;
import dev.jhands.agent.conversation.ConversationService;
import dev.jhands.agent.settings.Settings;
import dev.jhands.events.conversation.ConversationInfo;
import dev.jhands.events.conversation.ConversationStateUpdateEvent;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.ExecutionStatus;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The outbound webhooks (contract §4): every event of every conversation, batched, to {@code
 * <base>/events/<id hex>}, and the conversation's info, straight away, to {@code
 * <base>/conversations} when it starts, pauses, is renamed or is deleted (then with {@code
 * execution_status: "deleting"}, as HEAD). One {@link WebhookSender} per webhook does the sending
 * on its own thread; the calls here, made under a conversation's lock, only queue. Made at startup,
 * since it needs no settings: a dormant server's activation then only starts the senders.
 */
@Startup
@ApplicationScoped
public class WebhookService implements ConversationListener {

  private static final Logger LOG = Logger.getLogger(WebhookService.class);

  private final WebhookClient client = new WebhookClient();
  private volatile List<WebhookSender> senders = List.of();
  private boolean started;

  /** Starts the webhooks of {@code settings} and listens to {@code conversations}; once. */
  public synchronized void start(Settings settings, ConversationService conversations) {
    if (started) {
      return;
    }
    started = true;
    Optional<String> key = settings.firstSessionKey();
    senders =
        settings.webhooks().stream().map(spec -> new WebhookSender(spec, key, client)).toList();
    senders.forEach(WebhookSender::start);
    conversations.addListener(this);
    LOG.infof("%d webhooks", senders.size());
  }

  @Override
  public void onEvent(Conversation conversation, Event event) {
    senders.forEach(sender -> sender.event(conversation.id(), event));
    if (event instanceof ConversationStateUpdateEvent update
        && ConversationStateUpdateEvent.EXECUTION_STATUS.equals(update.key())
        && update.executionStatus().orElse(null) == ExecutionStatus.PAUSED) {
      info(conversation.info());
    }
  }

  @Override
  public void onStarted(Conversation conversation) {
    info(conversation.info());
  }

  @Override
  public void onRenamed(Conversation conversation) {
    info(conversation.info());
  }

  @Override
  public void onDeleting(Conversation conversation) {
    info(deleting(conversation.info()));
  }

  private void info(ConversationInfo info) {
    senders.forEach(sender -> sender.info(info));
  }

  /** Sends what is still queued, briefly, so a clean shutdown loses as little as it can. */
  @PreDestroy
  void stop() {
    senders.forEach(WebhookSender::close);
  }

  static ConversationInfo deleting(ConversationInfo info) {
    return new ConversationInfo(
        info.id(),
        info.agent(),
        info.workspace(),
        info.persistenceDir(),
        info.maxIterations(),
        info.stuckDetection(),
        ExecutionStatus.DELETING,
        info.confirmationPolicy(),
        info.securityAnalyzer(),
        info.activatedKnowledgeSkills(),
        info.stats(),
        info.secretRegistry(),
        info.title(),
        info.metrics(),
        info.createdAt(),
        info.updatedAt());
  }
}
