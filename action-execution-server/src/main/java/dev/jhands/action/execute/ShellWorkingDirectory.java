package dev.jhands.action.execute;

import dev.jhands.action.ActionExecutionConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The persistent shell's current directory. The shell updates it after every command; relative file
 * paths resolve against it and the IPython kernel follows it, as in OpenHands.
 */
@ApplicationScoped
public class ShellWorkingDirectory {

  private final AtomicReference<Path> current;

  public ShellWorkingDirectory(ActionExecutionConfig config) {
    current = new AtomicReference<>(config.workingDir().toAbsolutePath().normalize());
  }

  // The workspace exists before the first action, as OpenHands' start-up makes sure.
  void createWorkspace(@Observes StartupEvent started) throws IOException {
    Files.createDirectories(get());
  }

  public Path get() {
    return current.get();
  }

  public void set(Path directory) {
    current.set(directory.toAbsolutePath().normalize());
  }

  /** A path as the agent wrote it, made absolute against the shell's directory. */
  public Path resolve(String path) {
    return get().resolve(path).normalize();
  }
}
