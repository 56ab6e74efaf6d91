package dev.jhands.action.ipython;

import com.sun.security.auth.module.UnixSystem;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs the kernel as the sandbox user when the server is root, as OpenHands does with {@code su -
 * <user>}: cells must not get root's powers, and files they write must belong to the user.
 */
final class UserCommand {

  private final Optional<String> switchTo;

  private UserCommand(Optional<String> switchTo) {
    this.switchTo = switchTo;
  }

  /** Switches only from root, and only to someone else: nobody else may, and root need not. */
  static UserCommand of(Optional<String> username, boolean serverIsRoot) {
    return new UserCommand(username.filter(u -> serverIsRoot && !u.isBlank() && !u.equals("root")));
  }

  static boolean serverIsRoot() {
    try {
      return new UnixSystem().getUid() == 0;
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  Optional<String> user() {
    return switchTo;
  }

  List<String> wrap(List<String> command) {
    if (switchTo.isEmpty()) {
      return command;
    }
    // A login shell, as OpenHands uses, gives the user's own HOME and PATH; exec leaves no shell
    // between us and the bridge, so signals reach it directly.
    String exec =
        "exec " + command.stream().map(UserCommand::shellQuote).collect(Collectors.joining(" "));
    return List.of("su", "-", switchTo.get(), "-s", "/bin/sh", "-c", exec);
  }

  static String shellQuote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
