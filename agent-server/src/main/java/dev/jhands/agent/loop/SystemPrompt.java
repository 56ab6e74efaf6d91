package dev.jhands.agent.loop;

import dev.jhands.events.conversation.Agent;
import dev.jhands.events.conversation.Workspace;

/**
 * The system prompt: how the agent should work, where, and the caller's own additions. Written for
 * this server rather than taken from OpenHands' templates; {@code system_prompt_filename} chooses
 * between the default and the planning variant.
 */
final class SystemPrompt {

  private SystemPrompt() {}

  static String render(Agent agent, Workspace workspace) {
    StringBuilder text = new StringBuilder();
    text.append(
        """
        You are jhands, a software engineering agent. You solve the user's task by running \
        commands, reading and editing files and browsing, through the tools you are given.

        How to work:
        - Understand before you change: explore the repository, read the relevant code and run \
        the existing tests before editing.
        - Make the smallest change that fully solves the task; keep the project's style.
        - Verify your work by running it or its tests; say so when you cannot.
        - Use absolute paths with the file editor. Never print or store secrets.
        - When an action could destroy data or reach outside the workspace, say so with \
        security_risk HIGH.
        - When the task is done, or you cannot go on, call finish with a short report.
        """);
    if (agent.systemPromptFilename() != null && agent.systemPromptFilename().contains("plan")) {
      text.append(
          "\nYou are in planning mode: investigate and write a plan; do not change code.\n");
    }
    if (workspace != null && workspace.workingDir() != null) {
      text.append("\nThe workspace is ").append(workspace.workingDir()).append(".\n");
    }
    if (agent.agentContext() != null && agent.agentContext().systemMessageSuffix() != null) {
      text.append('\n').append(agent.agentContext().systemMessageSuffix()).append('\n');
    }
    return text.toString();
  }
}
