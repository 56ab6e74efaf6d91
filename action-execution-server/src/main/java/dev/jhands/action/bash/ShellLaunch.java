package dev.jhands.action.bash;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * How shells are started: as the sandbox user when the server runs as root (through {@code su} with
 * {@code -s}, since the user's login shell may be nologin), otherwise as the server's own user. The
 * persistent shell is a login shell, as upstream's {@code su <user> -} is.
 */
record ShellLaunch(String shell, String username, boolean switchUser) {

  private static final Logger LOG = Logger.getLogger(ShellLaunch.class);

  static ShellLaunch of(String shell, Optional<String> configuredUser) {
    String current = System.getProperty("user.name");
    Optional<String> user = configuredUser.map(String::strip).filter(u -> !u.isEmpty());
    if (user.isEmpty() || user.get().equals(current)) {
      return new ShellLaunch(shell, current, false);
    }
    if (!runsAsRoot()) {
      LOG.warnf("Not root: the shell runs as %s, not as %s", current, user.get());
      return new ShellLaunch(shell, current, false);
    }
    if (!exists(user.get())) {
      LOG.warnf("No user %s: the shell runs as %s", user.get(), current);
      return new ShellLaunch(shell, current, false);
    }
    return new ShellLaunch(shell, user.get(), true);
  }

  /** The command line of the interactive shell on the pseudo-terminal. */
  List<String> interactive() {
    return switchUser ? List.of("su", "-l", "-s", shell, username) : List.of(shell, "-i");
  }

  /** The command line of a throw-away non-interactive shell running {@code command}. */
  List<String> oneShot(String command) {
    List<String> argv = new ArrayList<>();
    // Its own session, so that whatever it leaves behind can be found and ended.
    findOnPath("setsid").ifPresent(argv::add);
    if (switchUser) {
      argv.addAll(List.of("su", "-s", shell, "-c", command, username));
    } else {
      argv.addAll(List.of(shell, "-c", command));
    }
    return argv;
  }

  /** The server's environment for the shell, with a terminal type programs know. */
  static Map<String, String> environment() {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("TERM", "xterm-256color");
    return env;
  }

  static Optional<String> findOnPath(String program) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
    return findOnPath(program, path);
  }

  /** What {@code which} answers: the first executable file of that name on the path. */
  static Optional<String> findOnPath(String program, String path) {
    for (String dir : path.split(":", -1)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate.toString());
      }
    }
    return Optional.empty();
  }

  private static boolean runsAsRoot() {
    try {
      return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
    } catch (IOException | RuntimeException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static boolean exists(String user) {
    try {
      FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(user);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
