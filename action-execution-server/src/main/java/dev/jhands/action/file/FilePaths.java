package dev.jhands.action.file;

import dev.jhands.action.execute.InvalidActionException;
import dev.jhands.action.execute.ShellWorkingDirectory;
import jakarta.ws.rs.BadRequestException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Paths as requests give them, checked once for every route and handler. */
final class FilePaths {

  private FilePaths() {}

  /** A query path of the transfer routes: absolute, or a 400 that says so. */
  static Path absolute(String raw, String whenRelative) {
    Path path;
    try {
      path = Path.of(raw);
    } catch (InvalidPathException e) {
      throw new BadRequestException("Invalid path: " + e.getReason());
    }
    if (!path.isAbsolute()) {
      throw new BadRequestException(whenRelative);
    }
    return path.normalize();
  }

  /** An action's path, relative ones taken from the shell's directory. */
  static Path resolve(ShellWorkingDirectory cwd, String raw) {
    try {
      return cwd.resolve(raw);
    } catch (InvalidPathException e) {
      throw new InvalidActionException("Invalid path " + raw + ": " + e.getReason());
    }
  }
}
