package dev.jhands.action.bash;

import dev.jhands.action.ActionExecutionConfig;
import dev.jhands.action.execute.ActionHandler;
import dev.jhands.action.execute.PythonStrings;
import dev.jhands.action.execute.ShellWorkingDirectory;
import dev.jhands.events.sandbox.CmdOutputMetadata;
import dev.jhands.events.sandbox.CmdOutputObservation;
import dev.jhands.events.sandbox.CmdRunAction;
import dev.jhands.events.sandbox.ErrorObservation;
import dev.jhands.events.sandbox.SandboxObservation;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code run}: a command in the persistent shell, or with {@code is_static} in a throw-away one.
 * The shell starts with the server, as upstream's does, and ends with it, children and all.
 */
@ApplicationScoped
public class BashActionHandler implements ActionHandler<CmdRunAction> {

  private static final Logger LOG = Logger.getLogger(BashActionHandler.class);

  private final BashSession session;
  private final OneShotCommand oneShot;
  private final ShellWorkingDirectory directory;

  public BashActionHandler(ActionExecutionConfig config, ShellWorkingDirectory directory) {
    ActionExecutionConfig.Bash bash = config.bash();
    ShellLaunch launch = ShellLaunch.of(bash.shell(), config.username());
    this.session =
        new BashSession(
            new BashSession.Settings(
                launch,
                config.workingDir().toAbsolutePath(),
                bash.noChangeTimeout(),
                bash.maxOutputChars(),
                bash.maxHiddenOutputChars(),
                bash.startTimeout()),
            directory);
    this.oneShot = new OneShotCommand(launch, bash.maxOutputChars(), bash.maxHiddenOutputChars());
    this.directory = directory;
  }

  // After the workspace exists (ShellWorkingDirectory creates it at the default priority). The
  // shell starts beside the HTTP server rather than before it, so /alive answers half a second
  // sooner; a command that arrives first waits for it on the session's monitor.
  void start(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent started) {
    Thread.ofPlatform().name("jhands-shell-start").daemon().start(this::startShell);
  }

  private void startShell() {
    try {
      session.start();
    } catch (IOException | RuntimeException e) {
      LOG.error("The shell did not start; the first command tries again", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @PreDestroy
  void stop() {
    session.close();
    oneShot.close();
  }

  @Override
  public Class<CmdRunAction> actionType() {
    return CmdRunAction.class;
  }

  @Override
  public SandboxObservation execute(CmdRunAction action, Duration timeout) throws Exception {
    try {
      return action.isStatic() ? runOneShot(action, timeout) : session.execute(action, timeout);
    } catch (IOException e) {
      // Upstream turns a failure of the shell into an error observation the agent can read.
      LOG.error("running a command failed", e);
      return new ErrorObservation(e.getMessage(), "");
    }
  }

  private SandboxObservation runOneShot(CmdRunAction action, Duration timeout)
      throws IOException, InterruptedException {
    String command = PythonStrings.strip(action.command());
    // A fresh shell has nothing running: the same answers as the persistent one when idle.
    if (command.isEmpty() || action.isInput()) {
      String text =
          command.isEmpty() ? BashTexts.NO_COMMAND_TO_READ : BashTexts.NO_COMMAND_TO_INTERACT;
      return new CmdOutputObservation(text, "", CmdOutputMetadata.DEFAULT, action.hidden());
    }
    List<String> commands = CommandSplitter.split(command).commands();
    if (commands.size() > 1) {
      return new ErrorObservation(BashTexts.multipleCommands(commands), "");
    }
    Path cwd =
        action.cwd() == null || action.cwd().isBlank()
            ? directory.get()
            : directory.resolve(action.cwd());
    return oneShot.run(command, action.hidden(), cwd, timeout);
  }
}
