package dev.jhands.action.file;

import dev.jhands.action.ActionExecutionConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;

/**
 * Makes a file the server created usable by the sandbox user, as OpenHands' {@code write} does:
 * mode 0664, and, when the server runs as root, owned by that user (uid:uid). Existing files are
 * written in place and keep their mode and owner.
 */
@Singleton
public class NewFileOwnership {

  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  private final Optional<String> user;

  @Inject
  public NewFileOwnership(ActionExecutionConfig config) {
    this(config.username().filter(u -> !u.isBlank() && !u.equals("root")));
  }

  NewFileOwnership(Optional<String> user) {
    this.user = user;
  }

  void apply(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
    if (ROOT && user.isPresent()) {
      UserPrincipal owner =
          file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user.get());
      Files.setOwner(file, owner);
      // OpenHands chowns to uid:uid; the user's uid doubles as the group id.
      Files.setAttribute(file, "unix:gid", Files.getAttribute(file, "unix:uid"));
    }
  }
}
