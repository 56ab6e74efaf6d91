package dev.jhands.events.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code message} texts, as OpenHands' {@code message} properties compute them. */
class MessageTextTest {

  @Test
  void executableActions() {
    assertThat(CmdRunAction.of("ls -la").message()).isEqualTo("Running command: ls -la");
    assertThat(new IPythonRunCellAction("1+1", null, null, null, null, null).message())
        .isEqualTo("Running Python code interactively: 1+1");
    assertThat(new FileReadAction("/a", 0, null, null, null, null, null).message())
        .isEqualTo("Reading file: /a");
    assertThat(new FileWriteAction("/a", "x", 0, null, null, null).message())
        .isEqualTo("Writing file: /a");
    assertThat(
            new FileEditAction(
                    "/a", "create", "x", null, null, null, null, null, null, null, null, null)
                .message())
        .isEmpty();
    assertThat(new BrowseUrlAction("https://x", null, null, false).message())
        .isEqualTo("I am browsing the URL: https://x");
    assertThat(
            new BrowseInteractiveAction("goto(\"https://x\")", null, null, null, false).message())
        .isEqualTo("I am interacting with the browser:\n```\ngoto(\"https://x\")\n```");
  }

  @Test
  void mcpActionFormatsItsArgumentsAsAPythonDict() {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("query", "it's");
    arguments.put("limit", 3);
    arguments.put("ratio", 1e20);
    arguments.put("tags", List.of("a", true));
    arguments.put("filter", null);

    assertThat(new McpAction("search", arguments, null, null).message())
        .isEqualTo(
            "I am interacting with the MCP server with name:\n```\nsearch\n```\nand arguments:\n"
                + "```\n{'query': \"it's\", 'limit': 3, 'ratio': 1e+20, 'tags': ['a', True],"
                + " 'filter': None}\n```");
  }

  @Test
  void messageAndSystemActionsShowTheirContent() {
    assertThat(new MessageAction("hello", null, null, false, null).message()).isEqualTo("hello");
    assertThat(new SystemMessageAction("You are...", null, null, null).message())
        .isEqualTo("You are...");
  }

  @Test
  void finishShowsTheThoughtOrAStockText() {
    assertThat(new AgentFinishAction(null, null, "Done.").message()).isEqualTo("Done.");
    assertThat(new AgentFinishAction("final", null, null).message())
        .isEqualTo("All done! What's next on the agenda?");
  }

  @Test
  void agentActions() {
    assertThat(new AgentThinkAction("hm").message()).isEqualTo("I am thinking...: hm");
    assertThat(new AgentRejectAction(null, null).message())
        .isEqualTo("Task is rejected by the agent.");
    assertThat(new AgentRejectAction(Map.of("reason", "no access"), null).message())
        .isEqualTo("Task is rejected by the agent. Reason: no access");
    assertThat(new AgentDelegateAction("BrowsingAgent", Map.of(), null).message())
        .isEqualTo("I'm asking BrowsingAgent for help with this task.");
    assertThat(new ChangeAgentStateAction("paused", null).message())
        .isEqualTo("Agent state changed to paused");
    assertThat(new CondensationRequestAction().message())
        .isEqualTo("Requesting a condensation of the conversation history.");
    assertThat(new LoopRecoveryAction(2).message()).isEmpty();
    assertThat(new NullAction().message()).isEqualTo("No action");
  }

  @Test
  void recallShowsTheFirstFiftyCodePointsOfTheQuery() {
    String query = "\uD83D\uDE00".repeat(60);

    String message = new RecallAction(RecallType.KNOWLEDGE, query, null).message();

    assertThat(message).isEqualTo("Retrieving content for: " + "\uD83D\uDE00".repeat(50));
    assertThat(new RecallAction(RecallType.KNOWLEDGE, "short", null).message())
        .isEqualTo("Retrieving content for: short");
  }

  @Test
  void condensationShowsTheSummaryOrTheForgottenIds() {
    assertThat(new CondensationAction(null, 3, 5, null, null).message())
        .isEqualTo("Condenser is dropping the events: [3, 4, 5].");
    assertThat(new CondensationAction(List.of(7, 9), null, null, "", 0).message())
        .isEqualTo("Condenser is dropping the events: [7, 9].");
    assertThat(new CondensationAction(List.of(7), null, null, "sum", 1).message())
        .isEqualTo("Summary: sum");
  }

  @Test
  void taskTrackingCountsTheTasks() {
    Map<String, Object> task = Map.of("id", "1", "title", "t", "status", "todo");
    assertThat(new TaskTrackingAction("plan", List.of(), null).message())
        .isEqualTo("Clearing the task list.");
    assertThat(new TaskTrackingAction("plan", List.of(task), null).message())
        .isEqualTo("Managing 1 task item.");
    assertThat(new TaskTrackingAction("plan", List.of(task, task, task), null).message())
        .isEqualTo("Managing 3 task items.");
  }

  @Test
  void observations() {
    CmdOutputMetadata failed = new CmdOutputMetadata(2, null, null, null, null, null, null, null);
    assertThat(new CmdOutputObservation("", "false", failed, false).message())
        .isEqualTo("Command `false` executed with exit code 2.");
    assertThat(new IPythonRunCellObservation("", "x", null).message())
        .isEqualTo("Code executed in IPython cell.");
    assertThat(new FileReadObservation("", "/a", null).message()).isEqualTo("I read the file /a.");
    assertThat(new FileWriteObservation("", "/a").message()).isEqualTo("I wrote to the file /a.");
    assertThat(new FileEditObservation("", "/a", false, null, null, null, null).message())
        .isEqualTo("I edited the file /a.");
    assertThat(new FileDownloadObservation("", "/f.pdf").message())
        .isEqualTo("Downloaded the file at location: /f.pdf");
    assertThat(new NullObservation("").message()).isEqualTo("No observation");
    assertThat(new AgentStateChangedObservation("", "running", null).message()).isEmpty();
    assertThat(new AgentDelegateObservation("done", Map.of()).message()).isEmpty();
    assertThat(new LoopDetectionObservation("stuck").message()).isEmpty();
    assertThat(
            new RecallObservation(
                    "",
                    RecallType.WORKSPACE_CONTEXT,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)
                .message())
        .isEqualTo("Added workspace context");
    assertThat(
            new RecallObservation(
                    "",
                    RecallType.KNOWLEDGE,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)
                .message())
        .isEqualTo("Added microagent knowledge");
  }

  @Test
  void observationsThatShowTheirContent() {
    assertThat(new ErrorObservation("boom", null).message()).isEqualTo("boom");
    assertThat(new SuccessObservation("ok").message()).isEqualTo("ok");
    assertThat(new AgentThinkObservation("logged").message()).isEqualTo("logged");
    assertThat(new UserRejectObservation("rejected").message()).isEqualTo("rejected");
    assertThat(new AgentCondensationObservation("summary").message()).isEqualTo("summary");
    assertThat(new McpObservation("{}", "t", null).message()).isEqualTo("{}");
    assertThat(new TaskTrackingObservation("3 tasks", null, null).message()).isEqualTo("3 tasks");
  }

  @Test
  void theEnvelopeWritesTheComputedMessage() {
    assertThat(Json.write(SandboxActionEvent.of(CmdRunAction.of("pwd"))).get("message").asText())
        .isEqualTo("Running command: pwd");
    assertThat(
            Json.write(SandboxObservationEvent.of(new ErrorObservation("bad", null)))
                .get("message")
                .asText())
        .isEqualTo("bad");
  }
}
