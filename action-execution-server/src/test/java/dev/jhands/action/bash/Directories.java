package dev.jhands.action.bash;

import dev.jhands.action.ActionExecutionConfig;
import dev.jhands.action.execute.ShellWorkingDirectory;
import java.lang.reflect.Proxy;
import java.nio.file.Path;

/** A {@link ShellWorkingDirectory} outside CDI, for tests that build a session themselves. */
final class Directories {

  private Directories() {}

  static ShellWorkingDirectory startingAt(Path directory) {
    ActionExecutionConfig config =
        (ActionExecutionConfig)
            Proxy.newProxyInstance(
                ActionExecutionConfig.class.getClassLoader(),
                new Class<?>[] {ActionExecutionConfig.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("workingDir")) {
                    return directory;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    return new ShellWorkingDirectory(config);
  }
}
