package dev.jhands.agent.tool;

import dev.jhands.events.tool.TaskItem;
import java.util.List;

/**
 * What a conversation's tools share between calls: the sandbox, the secrets, the shell directory
 * this conversation left its shell in, and the task list.
 */
public final class ToolContext {

  private final ActionExecutionClient sandbox;
  private final SecretEnvironment secrets;
  private volatile String cwd;
  private volatile List<TaskItem> tasks;

  public ToolContext(
      ActionExecutionClient sandbox,
      SecretEnvironment secrets,
      String workingDir,
      List<TaskItem> tasks) {
    this.sandbox = sandbox;
    this.secrets = secrets;
    this.cwd = workingDir;
    this.tasks = List.copyOf(tasks);
  }

  public ActionExecutionClient sandbox() {
    return sandbox;
  }

  public SecretEnvironment secrets() {
    return secrets;
  }

  public String cwd() {
    return cwd;
  }

  void cwd(String directory) {
    this.cwd = directory;
  }

  public List<TaskItem> tasks() {
    return tasks;
  }

  void tasks(List<TaskItem> list) {
    this.tasks = List.copyOf(list);
  }
}
