package dev.jhands.agent.loop;

import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.conversation.ConversationRunner;
import dev.jhands.agent.llm.LlmClient;
import dev.jhands.agent.llm.ModelRoute;
import dev.jhands.agent.tool.ActionExecutionClient;
import dev.jhands.agent.tool.SecretEnvironment;
import dev.jhands.agent.tool.ToolContext;
import dev.jhands.agent.tool.ToolSet;
import dev.jhands.events.conversation.ActionEvent;
import dev.jhands.events.conversation.Agent;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.ExecutionStatus;
import dev.jhands.events.conversation.LLMSummarizingCondenser;
import dev.jhands.events.conversation.ObservationEvent;
import dev.jhands.events.conversation.StoredConversation;
import dev.jhands.events.conversation.UserRejectObservation;
import dev.jhands.events.llm.LlmConfig;
import dev.jhands.events.tool.TaskItem;
import dev.jhands.events.tool.TaskTrackerObservation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Starts and tracks runs: one at a time per conversation, each on its own virtual thread, so that
 * {@code /run} returns at once and a second one is a 409 (HEAD behaviour). A conversation's tool
 * context (shell directory, task list) lives here between runs.
 */
public final class RunService implements ConversationRunner {

  private static final Logger LOG = Logger.getLogger(RunService.class);

  private final ActionExecutionClient sandbox;
  private final Function<LlmConfig, LlmClient> llms;
  private final Map<UUID, ToolContext> contexts = new ConcurrentHashMap<>();
  private final Map<UUID, Thread> runs = new ConcurrentHashMap<>();

  public RunService(ActionExecutionClient sandbox, Function<LlmConfig, LlmClient> llms) {
    this.sandbox = sandbox;
    this.llms = llms;
  }

  @Override
  public void run(Conversation conversation) {
    AgentLoop loop;
    synchronized (conversation) {
      ExecutionStatus status = conversation.status();
      if (status == ExecutionStatus.RUNNING) {
        throw new AlreadyRunningException(
            "Conversation " + conversation.id() + " is already running");
      }
      if (status == ExecutionStatus.FINISHED || status == ExecutionStatus.STUCK) {
        // As in the SDK: nothing to do until a new message makes it idle again.
        return;
      }
      loop = loop(conversation);
      conversation.setStatus(ExecutionStatus.RUNNING);
    }
    Thread thread =
        Thread.ofVirtual()
            .name("run-" + conversation.hex())
            .unstarted(
                () -> {
                  try {
                    loop.run();
                  } finally {
                    runs.remove(conversation.id());
                    fullState(conversation);
                  }
                });
    runs.put(conversation.id(), thread);
    thread.start();
  }

  @Override
  public void validate(Agent agent) {
    if (agent.llm() == null) {
      throw new IllegalArgumentException("agent.llm is required");
    }
    ModelRoute.of(agent.llm().model(), agent.llm().baseUrl());
    ToolSet.of(agent.tools(), agent.filterToolsRegex());
    if (agent.condenser() instanceof LLMSummarizingCondenser c) {
      Condenser.check(c.maxSize(), c.keepFirst());
    }
  }

  /** Rejects every pending action with a UserRejectObservation; a waiting run becomes idle. */
  public int reject(Conversation conversation, String reason) {
    synchronized (conversation) {
      List<ActionEvent> pending = PendingActions.of(conversation.events());
      pending.forEach(a -> conversation.append(UserRejectObservation.rejecting(a, reason)));
      conversation.compareAndSetStatus(
          ExecutionStatus.WAITING_FOR_CONFIRMATION, ExecutionStatus.IDLE);
      return pending.size();
    }
  }

  /** Sends the whole state to the subscribers, as the SDK does after a run and a pause. */
  public void fullState(Conversation conversation) {
    try {
      conversation.broadcastFullState();
    } catch (RuntimeException deleted) {
      LOG.debugf("no full state for %s: %s", conversation.hex(), deleted.getMessage());
    }
  }

  /** Whether a run of this conversation is in progress in this process. */
  public boolean isRunning(UUID conversationId) {
    return runs.containsKey(conversationId);
  }

  /** Waits for every run to end, for a clean shutdown (bounded by each thread's own work). */
  public void awaitRuns(java.time.Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    for (Thread thread : List.copyOf(runs.values())) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !thread.join(java.time.Duration.ofNanos(left))) {
        return;
      }
    }
  }

  /** The client for an LLM config, for the title route. */
  public LlmClient llm(LlmConfig config) {
    return llms.apply(config);
  }

  private AgentLoop loop(Conversation conversation) {
    StoredConversation meta = conversation.meta();
    Agent agent = meta.agent();
    ToolSet tools = ToolSet.of(agent.tools(), agent.filterToolsRegex());
    ToolContext context =
        contexts.computeIfAbsent(conversation.id(), id -> newContext(conversation, meta));
    Optional<Condenser> condenser =
        agent.condenser() instanceof LLMSummarizingCondenser c
            ? Optional.of(
                new Condenser(
                    llms.apply(c.llm() == null ? agent.llm() : c.llm()),
                    c.maxSize(),
                    c.keepFirst()))
            : Optional.empty();
    return new AgentLoop(conversation, llms.apply(agent.llm()), tools, context, condenser);
  }

  private ToolContext newContext(Conversation conversation, StoredConversation meta) {
    String workingDir = meta.workspace().workingDir();
    if (workingDir != null) {
      try {
        Files.createDirectories(Path.of(workingDir));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the workspace " + workingDir, e);
      }
    }
    return new ToolContext(
        sandbox,
        new SecretEnvironment(() -> conversation.meta().secrets()),
        workingDir,
        lastPlan(conversation.events()));
  }

  // The plan survives restarts in the log: the last task tracker observation holds it.
  private static List<TaskItem> lastPlan(List<Event> log) {
    for (Event event : log.reversed()) {
      if (event instanceof ObservationEvent o
          && o.observation() instanceof TaskTrackerObservation t) {
        return t.taskList();
      }
    }
    return List.of();
  }
}
