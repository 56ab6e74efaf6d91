package dev.jhands.action.bash;

import dev.jhands.events.sandbox.CmdOutputMetadata;
import dev.jhands.events.sandbox.CmdOutputObservation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code is_static}: a command in a throw-away non-interactive shell, so the persistent shell's
 * state (directory, variables, a running command) is neither used nor changed. Upstream starts a
 * whole new tmux session for this and never closes it; here the shell and everything it left behind
 * end when the command does, or at the hard timeout.
 */
final class OneShotCommand {

  private final ShellLaunch launch;
  private final int maxChars;
  private final int maxHiddenChars;
  private final Set<Process> running = ConcurrentHashMap.newKeySet();

  OneShotCommand(ShellLaunch launch, int maxChars, int maxHiddenChars) {
    this.launch = launch;
    this.maxChars = maxChars;
    this.maxHiddenChars = maxHiddenChars;
  }

  CmdOutputObservation run(String command, boolean hidden, Path directory, Duration timeout)
      throws IOException, InterruptedException {
    if (!Files.isDirectory(directory)) {
      String error = "bash: cd: " + directory + ": No such file or directory";
      return new CmdOutputObservation(
          error, command, metadata(1, directory, BashTexts.completed(1)), hidden);
    }
    ProcessBuilder builder =
        new ProcessBuilder(launch.oneShot(command))
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process process = builder.start();
    running.add(process);
    try {
      return finish(process, command, hidden, directory, timeout);
    } finally {
      running.remove(process);
    }
  }

  /** Ends every one-shot command still running, and what it started: the server is stopping. */
  void close() {
    for (Process process : running) {
      ProcessTree.endSession(process.pid(), process.pid());
    }
  }

  private CmdOutputObservation finish(
      Process process, String command, boolean hidden, Path directory, Duration timeout)
      throws IOException, InterruptedException {
    OutputWindow window = new OutputWindow(hidden ? maxHiddenChars : maxChars);
    Thread pump =
        Thread.ofPlatform()
            .name("bash-one-shot-output")
            .daemon()
            .start(() -> copy(process.getInputStream(), window));
    boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    // Its own session (setsid) holds whatever it started; none of that outlives it.
    ProcessTree.endSession(process.pid(), process.pid());
    process.waitFor();
    pump.join(200);
    if (pump.isAlive()) {
      // Something that escaped the session still holds the pipe; stop reading it.
      process.getInputStream().close();
      pump.join(1000);
    }
    String content;
    synchronized (window) {
      content = window.text();
    }
    if (!finished) {
      CmdOutputMetadata timedOut =
          new CmdOutputMetadata(
              null, null, null, null, null, null, "", BashTexts.timedOut(timeout));
      return new CmdOutputObservation(content, command, timedOut, hidden);
    }
    int exitCode = process.exitValue();
    return new CmdOutputObservation(
        content, command, metadata(exitCode, directory, BashTexts.completed(exitCode)), hidden);
  }

  private CmdOutputMetadata metadata(int exitCode, Path directory, String suffix) {
    String path = System.getenv().getOrDefault("PATH", "");
    String python = ShellLaunch.findOnPath("python", path).orElse("");
    return new CmdOutputMetadata(
        exitCode, -1, launch.username(), Hostname.SHORT, directory.toString(), python, "", suffix);
  }

  private static void copy(InputStream in, OutputWindow window) {
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    char[] buffer = new char[8192];
    try (reader) {
      int n;
      while ((n = reader.read(buffer)) > 0) {
        synchronized (window) {
          window.append(CharBuffer.wrap(buffer, 0, n));
        }
      }
    } catch (IOException e) {
      // Closed because the command is over.
    }
  }
}
