package dev.jhands.action.ipython;

import dev.jhands.action.execute.ActionHandler;
import dev.jhands.action.execute.ShellWorkingDirectory;
import dev.jhands.events.sandbox.ErrorObservation;
import dev.jhands.events.sandbox.IPythonRunCellAction;
import dev.jhands.events.sandbox.IPythonRunCellObservation;
import dev.jhands.events.sandbox.SandboxObservation;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code run_ipython}: one cell in the persistent kernel, which follows the shell's directory. A
 * kernel that cannot run is an error observation, so the agent learns why and the server lives on.
 */
@ApplicationScoped
public class IPythonRunCellHandler implements ActionHandler<IPythonRunCellAction> {

  static final String UNAVAILABLE = "IPython is not available: ";

  private final KernelSession kernel;
  private final ShellWorkingDirectory shell;

  public IPythonRunCellHandler(KernelSession kernel, ShellWorkingDirectory shell) {
    this.kernel = kernel;
    this.shell = shell;
  }

  @Override
  public Class<IPythonRunCellAction> actionType() {
    return IPythonRunCellAction.class;
  }

  @Override
  public SandboxObservation execute(IPythonRunCellAction action, Duration timeout)
      throws InterruptedException {
    Path cwd = shell.get();
    KernelSession.Executed executed;
    try {
      executed = kernel.run(action.code(), cwd, timeout);
    } catch (KernelUnavailableException e) {
      return new ErrorObservation(UNAVAILABLE + e.getMessage(), "");
    }
    CellResult result = executed.result();
    return new IPythonRunCellObservation(
        CellText.content(result, action.includeExtra(), cwd, executed.python(), timeout),
        action.code(),
        CellText.imageUrls(result));
  }
}
