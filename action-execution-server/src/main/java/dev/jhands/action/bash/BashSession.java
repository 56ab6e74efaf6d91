package dev.jhands.action.bash;

import dev.jhands.action.execute.PythonStrings;
import dev.jhands.action.execute.ShellWorkingDirectory;
import dev.jhands.events.sandbox.CmdOutputMetadata;
import dev.jhands.events.sandbox.CmdOutputObservation;
import dev.jhands.events.sandbox.CmdRunAction;
import dev.jhands.events.sandbox.ErrorObservation;
import dev.jhands.events.sandbox.SandboxObservation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The persistent shell and the command running in it, with OpenHands' rules: one command at a time;
 * a command that times out keeps running and can be read ({@code ""}), typed into ({@code
 * is_input}) or interrupted ({@code C-c}); a new command is refused while it runs.
 */
final class BashSession implements AutoCloseable {

  /** How the session behaves; see {@code jhands.action.bash}. */
  record Settings(
      ShellLaunch launch,
      Path home,
      Duration quiet,
      int maxChars,
      int maxHiddenChars,
      Duration startTimeout) {}

  private enum Status {
    IDLE,
    RUNNING,
    FINISHED
  }

  /** The command whose prompt has not been reported yet. */
  private static final class Running {
    // It has ended when the shell has shown more prompts than this.
    long endsAfterPrompt;
    boolean shown;
    long interruptedJob = -1;

    Running(long endsAfterPrompt) {
      this.endsAfterPrompt = endsAfterPrompt;
    }
  }

  private final Settings settings;
  private final ShellWorkingDirectory directory;
  private volatile PtyShell shell;
  private ShellOutput output;
  private Running running;
  private volatile boolean closed;

  BashSession(Settings settings, ShellWorkingDirectory directory) {
    this.settings = settings;
    this.directory = directory;
  }

  synchronized void start() throws IOException, InterruptedException {
    ensureShell();
  }

  synchronized SandboxObservation execute(CmdRunAction action, Duration timeout)
      throws IOException, InterruptedException {
    String command = PythonStrings.strip(action.command());
    boolean input = action.isInput();
    boolean hidden = action.hidden();
    ensureShell();
    Status status = status();
    if (status == Status.IDLE && command.isEmpty()) {
      return message(BashTexts.NO_COMMAND_TO_READ, hidden);
    }
    if (status == Status.IDLE && input) {
      return message(BashTexts.NO_COMMAND_TO_INTERACT, hidden);
    }
    // Input goes to a program, not to bash, so it is never split into commands.
    int prompts = 1;
    if (!input) {
      CommandSplitter.Split split = CommandSplitter.split(command);
      if (split.commands().size() > 1) {
        return new ErrorObservation(BashTexts.multipleCommands(split.commands()), "");
      }
      prompts = split.prompts();
    }
    if (status == Status.RUNNING && !input && !command.isEmpty()) {
      return interim(command, hidden, BashTexts.notExecuted(command));
    }
    if (status == Status.FINISHED && (input || command.isEmpty())) {
      // The program ended before this arrived; typing it now would run it as a command.
      return completed(command, hidden, false);
    }
    if (status != Status.RUNNING) {
      retire();
      output.budget(hidden ? settings.maxHiddenChars() : settings.maxChars());
      // A leading comment line shows a prompt of its own before the command runs.
      running = new Running(output.prompts() + prompts - 1);
    }
    boolean key = isSpecialKey(command);
    if (key) {
      // After an interrupt, what bash had not read yet is gone: the next prompt is the last.
      running.endsAfterPrompt = Math.min(running.endsAfterPrompt, output.prompts());
      pressKey(command, status == Status.RUNNING);
    } else if (!command.isEmpty()) {
      shell.type(command + "\r");
    }
    long start = System.nanoTime();
    long quiet = action.blocking() ? 0 : settings.quiet().toNanos();
    return switch (output.await(running.endsAfterPrompt, start, start + timeout.toNanos(), quiet)) {
      case PROMPT -> completed(command, hidden, key);
      case ENDED -> exited(command, hidden);
      case QUIET -> interim(command, hidden, BashTexts.noNewOutput(settings.quiet()));
      case DEADLINE -> interim(command, hidden, BashTexts.timedOut(timeout));
    };
  }

  /** Ends the shell and everything started in it; a waiting action returns. */
  @Override
  public void close() {
    closed = true;
    PtyShell current = shell;
    if (current != null) {
      current.close();
    }
  }

  static boolean isSpecialKey(String command) {
    return command.startsWith("C-") && command.length() == 3;
  }

  private Status status() {
    if (running == null) {
      return Status.IDLE;
    }
    return output.prompts() > running.endsAfterPrompt ? Status.FINISHED : Status.RUNNING;
  }

  // C-c reaches the foreground job through the terminal. Its members that ignore SIGINT (what a
  // non-interactive shell does to its background children) are ended once the job has returned.
  // Only a job of the running command: at a prompt (even a nested shell's) C-c ends nothing.
  private void pressKey(String command, boolean commandRunning) {
    char key = Character.toUpperCase(command.charAt(2));
    if (key == 'C' && commandRunning) {
      long job = shell.foregroundJob();
      if (job > 0) {
        running.interruptedJob = job;
      }
    }
    if (key >= '@' && key <= '_') {
      shell.type(String.valueOf((char) (key & 0x1f)));
    } else if (key == '?') {
      shell.type("\u007f");
    } else {
      shell.type(command);
    }
  }

  private SandboxObservation completed(String command, boolean hidden, boolean keySent) {
    String content = output.takeFinished();
    PromptInfo prompt = output.prompt();
    retire();
    if (prompt.workingDir() != null && !prompt.workingDir().isEmpty()) {
      try {
        directory.set(Path.of(prompt.workingDir()));
      } catch (InvalidPathException e) {
        // A directory Java cannot name stays unknown; the shell itself is unaffected.
      }
    }
    String suffix =
        keySent
            ? BashTexts.completedAfterKey(prompt.exitCode(), command)
            : BashTexts.completed(prompt.exitCode());
    return new CmdOutputObservation(content, command, prompt.metadata("", suffix), hidden);
  }

  private SandboxObservation interim(String command, boolean hidden, String suffix) {
    String content = output.takePending();
    String prefix = running.shown ? BashTexts.CONTINUED : "";
    running.shown = true;
    return new CmdOutputObservation(content, command, metadata(null, prefix, suffix), hidden);
  }

  // The shell itself ended (`exit`, or shutdown): the next action starts a new one.
  private SandboxObservation exited(String command, boolean hidden) throws InterruptedException {
    // The exit can be noticed before the last output is read.
    shell.drain(500);
    String content = output.takePending();
    int status = output.exitStatus();
    running = null;
    closeShell();
    if (closed) {
      throw new IllegalStateException("The shell was shut down");
    }
    return new CmdOutputObservation(
        content, command, metadata(status, "", BashTexts.completed(status)), hidden);
  }

  private static SandboxObservation message(String text, boolean hidden) {
    return new CmdOutputObservation(text, "", CmdOutputMetadata.DEFAULT, hidden);
  }

  private static CmdOutputMetadata metadata(Integer exitCode, String prefix, String suffix) {
    return new CmdOutputMetadata(exitCode, null, null, null, null, null, prefix, suffix);
  }

  private void retire() {
    if (running != null && running.interruptedJob > 0) {
      ProcessTree.endGroup(running.interruptedJob, shell.session());
    }
    running = null;
  }

  private void ensureShell() throws IOException, InterruptedException {
    if (closed) {
      throw new IllegalStateException("The shell is shut down");
    }
    if (shell != null && !output.ended()) {
      return;
    }
    closeShell();
    running = null;
    Path start = startDirectory();
    output = new ShellOutput(settings.maxChars());
    shell = PtyShell.start(settings.launch(), start, output);
    // close() does not wait for this monitor; a shell started after it looked must not outlive it.
    if (closed) {
      closeShell();
      throw new IllegalStateException("The shell is shut down");
    }
    shell.type(ShellInit.line(start));
    long now = System.nanoTime();
    ShellOutput.Event event = output.await(0, now, now + settings.startTimeout().toNanos(), 0);
    if (event != ShellOutput.Event.PROMPT) {
      String seen = output.takePending();
      closeShell();
      throw new IOException("The shell did not start (" + event + "): " + seen);
    }
    output.discard();
    shell.rememberIdleGroup();
    String cwd = output.prompt().workingDir();
    if (cwd != null && !cwd.isEmpty()) {
      directory.set(Path.of(cwd));
    }
  }

  // A restarted shell continues where the last one was, if that directory still exists.
  private Path startDirectory() throws IOException {
    Path current = directory.get();
    if (Files.isDirectory(current)) {
      return current;
    }
    return Files.createDirectories(settings.home());
  }

  private void closeShell() {
    if (shell != null) {
      shell.close();
      shell = null;
    }
  }
}
