package dev.jhands.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.conversation.ConversationService;
import dev.jhands.agent.llm.LangChainLlmClient;
import dev.jhands.agent.store.ConversationStore;
import dev.jhands.agent.tool.ActionExecutionClient;
import dev.jhands.events.conversation.ConversationErrorEvent;
import dev.jhands.events.conversation.ExecutionStatus;
import dev.jhands.events.conversation.SendMessageRequest;
import dev.jhands.events.conversation.StartConversationRequest;
import dev.jhands.events.json.Wire;
import dev.jhands.testing.llm.ScriptedLlmServer;
import dev.jhands.testing.llm.ToolCall;
import dev.jhands.testing.llm.Turn;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no action-execution server answering, a tool call ends the run in a clear error. */
class SandboxDownTest {

  @TempDir Path root;

  @Test
  void anUnreachableActionServerIsAnErrorNotAHang() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (ScriptedLlmServer llm = ScriptedLlmServer.start()) {
      llm.enqueue(Turn.toolCalls(ToolCall.of("terminal", Map.of("command", "ls"))));
      RunService runs =
          new RunService(
              new ActionExecutionClient("http://127.0.0.1:" + closedPort, Optional.empty()),
              LangChainLlmClient::new);
      ConversationService service =
          new ConversationService(
              new ConversationStore(root.resolve("conversations"), Wire.mapper()),
              Clock.systemUTC(),
              runs);
      StartConversationRequest request =
          Wire.mapper()
              .readValue(
                  """
                  {"agent": {"llm": {"model": "openai/m", "base_url": "%s", "num_retries": 0},
                             "tools": [{"name": "terminal"}]},
                   "workspace": {"kind": "LocalWorkspace", "working_dir": "%s"}}
                  """
                      .formatted(llm.baseUrl(), root.resolve("ws")),
                  StartConversationRequest.class);
      Conversation conversation = service.start(request).conversation();

      service.send(conversation, SendMessageRequest.userText("list files", true));

      await().until(() -> conversation.status() == ExecutionStatus.ERROR);
      ConversationErrorEvent error =
          (ConversationErrorEvent)
              conversation.events().stream()
                  .filter(ConversationErrorEvent.class::isInstance)
                  .findFirst()
                  .orElseThrow();
      assertThat(error.code()).isEqualTo("SandboxUnavailable");
      assertThat(error.detail()).contains("cannot be reached");
    }
  }
}
