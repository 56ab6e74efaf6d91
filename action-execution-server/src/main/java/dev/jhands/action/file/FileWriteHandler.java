package dev.jhands.action.file;

import dev.jhands.action.execute.ActionHandler;
import dev.jhands.action.execute.ShellWorkingDirectory;
import dev.jhands.events.sandbox.ErrorObservation;
import dev.jhands.events.sandbox.FileWriteAction;
import dev.jhands.events.sandbox.FileWriteObservation;
import dev.jhands.events.sandbox.SandboxObservation;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code write}: OpenHands' line splicing. The content's lines (split on {@code \n}, each written
 * with one) replace lines {@code start..end} of an existing UTF-8 file, or make a new file with
 * mode 0664 whose parent directories are created. Relative paths resolve against the shell's
 * directory.
 */
@Singleton
public class FileWriteHandler implements ActionHandler<FileWriteAction> {

  private final ShellWorkingDirectory cwd;
  private final NewFileOwnership ownership;

  public FileWriteHandler(ShellWorkingDirectory cwd, NewFileOwnership ownership) {
    this.cwd = cwd;
    this.ownership = ownership;
  }

  @Override
  public Class<FileWriteAction> actionType() {
    return FileWriteAction.class;
  }

  @Override
  public SandboxObservation execute(FileWriteAction action, Duration timeout) {
    Path file = FilePaths.resolve(cwd, action.path());
    List<String> insert = Lines.split(action.content());
    if (Files.isDirectory(file)) {
      return error("Path is a directory: " + file + ". You can only write to files");
    }
    boolean existed = Files.exists(file);
    try {
      Files.createDirectories(file.getParent());
      List<String> lines;
      if (existed) {
        String text;
        try {
          text = TextCodec.strictUtf8(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
          return error("File could not be decoded as utf-8: " + file);
        }
        lines =
            Lines.insert(
                insert, Lines.withEnds(Lines.universal(text)), action.start(), action.end());
      } else {
        lines = Lines.insert(insert, List.of(), 0, -1);
      }
      Files.writeString(file, String.join("", lines), StandardCharsets.UTF_8);
    } catch (AccessDeniedException e) {
      return error("Permission error on " + file + ": " + PyErrors.describe(e));
    } catch (IOException e) {
      return error("Could not write " + file + ": " + PyErrors.describe(e));
    }
    if (!existed) {
      try {
        ownership.apply(file);
      } catch (IOException | UnsupportedOperationException e) {
        return error(
            "File "
                + file
                + " written, but failed to change ownership and permissions: "
                + e.getMessage());
      }
    }
    return new FileWriteObservation("", file.toString());
  }

  private static ErrorObservation error(String message) {
    return new ErrorObservation(message, "");
  }
}
