package dev.jhands.agent.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.llm.TextContent;
import dev.jhands.events.sandbox.CmdOutputObservation;
import dev.jhands.events.sandbox.CmdRunAction;
import dev.jhands.events.sandbox.SandboxObservation;
import dev.jhands.events.tool.TerminalAction;
import dev.jhands.events.tool.TerminalObservation;
import dev.jhands.events.tool.ToolAction;
import dev.jhands.events.tool.ToolNames;
import dev.jhands.events.tool.ToolObservation;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.List;
import java.util.Optional;

/** {@code terminal}: a persistent bash session, the action-execution server's shell. */
final class TerminalTool implements Tool {

  private static final JsonObjectSchema PARAMETERS =
      JsonObjectSchema.builder()
          .addStringProperty(
              "command",
              "The bash command to run. Chain several with && or ;. Empty to read more output of a"
                  + " running command; with is_input, text or keys (C-c, C-d) for it.")
          .addBooleanProperty(
              "is_input", "Send the command as input to the running process instead of running it.")
          .addNumberProperty(
              "timeout",
              "Seconds to wait before returning; without it, the command returns when its output"
                  + " stops changing for a while and keeps running.")
          .addBooleanProperty("reset", "Start a fresh shell first; use when the terminal is stuck.")
          .required("command")
          .build();

  @Override
  public String name() {
    return ToolNames.TERMINAL;
  }

  @Override
  public String description() {
    return "Run a bash command in a persistent shell session: the working directory and"
        + " environment carry over between calls. Long-running commands keep running in the"
        + " background; send an empty command to see more of their output, or C-c to stop them.";
  }

  @Override
  public JsonObjectSchema parameters() {
    return PARAMETERS;
  }

  @Override
  public ToolAction parse(ObjectNode arguments) {
    TerminalAction action =
        ToolArguments.bind(arguments, "TerminalAction", TerminalAction.class, PARAMETERS);
    if (action.timeout() != null && action.timeout() <= 0) {
      throw new IllegalArgumentException("timeout must be a positive number of seconds");
    }
    return action;
  }

  @Override
  public ToolObservation execute(ToolAction toolAction, ToolContext context) {
    TerminalAction action = (TerminalAction) toolAction;
    ActionExecutionClient sandbox = context.sandbox();
    if (action.reset()) {
      // The action-execution server starts a new shell when the old one exits.
      sandbox.execute(ShellQuoting.hidden("exit"), null);
    }
    Optional<String> export = ShellQuoting.export(context.secrets().mentionedIn(action.command()));
    if (export.isPresent()) {
      sandbox.runInShell(
          ShellQuoting.hidden(export.get()), action.isInput() ? null : context.cwd(), null);
    }
    CmdRunAction run =
        new CmdRunAction(
            action.command(),
            action.isInput(),
            "",
            action.timeout() != null,
            false,
            null,
            false,
            null,
            null);
    SandboxObservation result =
        sandbox.runInShell(run, action.isInput() ? null : context.cwd(), action.timeout());
    SecretEnvironment mask = context.secrets();
    if (result instanceof CmdOutputObservation output) {
      if (output.metadata().workingDir() != null) {
        context.cwd(output.metadata().workingDir());
      }
      int exit = output.exitCode();
      return new TerminalObservation(
          List.of(TextContent.of(mask.mask(forLlm(output)))),
          false,
          mask.mask(action.command()),
          exit,
          exit == -1,
          output.metadata());
    }
    return new TerminalObservation(
        List.of(TextContent.of(mask.mask(Observations.text(result)))),
        true,
        mask.mask(action.command()),
        null,
        false,
        null);
  }

  /** The output as the model reads it: with how the command ended and where the shell is. */
  private static String forLlm(CmdOutputObservation output) {
    StringBuilder text = new StringBuilder();
    if (output.metadata().prefix() != null) {
      text.append(output.metadata().prefix());
    }
    text.append(output.content());
    if (output.metadata().suffix() != null && !output.metadata().suffix().isEmpty()) {
      text.append(output.metadata().suffix());
    } else if (output.exitCode() != -1) {
      text.append("\n[The command completed with exit code ")
          .append(output.exitCode())
          .append(".]");
    }
    if (output.metadata().workingDir() != null) {
      text.append("\n[Current working directory: ")
          .append(output.metadata().workingDir())
          .append(']');
    }
    return text.toString();
  }
}
