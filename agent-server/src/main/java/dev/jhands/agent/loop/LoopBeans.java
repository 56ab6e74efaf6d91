package dev.jhands.agent.loop;

import dev.jhands.agent.AgentServerConfig;
import dev.jhands.agent.conversation.ConversationService;
import dev.jhands.agent.llm.LangChainLlmClient;
import dev.jhands.agent.settings.ShellEnvironment;
import dev.jhands.agent.tool.ActionExecutionClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/** Wires the agent loop: the action-execution client and the run service over real LLM clients. */
public class LoopBeans {

  /**
   * Also the {@code ConversationRunner} the conversations start runs with. Made at startup, since
   * it needs none of the settings a dormant server's {@code POST /api/init} brings: its clients are
   * then ready before activation, which is on the critical path of a warm start.
   */
  @Produces
  @Startup
  @Singleton
  RunService runs(AgentServerConfig config, ShellEnvironment environment) {
    Optional<String> key =
        config
            .actionExecutionApiKey()
            .or(() -> config.sessionApiKeys().flatMap(keys -> keys.stream().findFirst()));
    return new RunService(
        new ActionExecutionClient(config.actionExecutionUrl(), key, environment::variables),
        LangChainLlmClient::new);
  }

  void onStop(@Observes ShutdownEvent event, RunService runs, ConversationService conversations)
      throws InterruptedException {
    // Runs still going are cut off; the restart marks them as errors. Give them a moment first.
    runs.awaitRuns(Duration.ofSeconds(2));
    conversations.flush();
  }
}
