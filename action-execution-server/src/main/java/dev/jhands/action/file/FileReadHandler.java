package dev.jhands.action.file;

import dev.jhands.action.execute.ActionHandler;
import dev.jhands.action.execute.ShellWorkingDirectory;
import dev.jhands.events.sandbox.ErrorObservation;
import dev.jhands.events.sandbox.FileReadAction;
import dev.jhands.events.sandbox.FileReadObservation;
import dev.jhands.events.sandbox.FileReadSource;
import dev.jhands.events.sandbox.SandboxObservation;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * {@code read}: through the editor's {@code view} ({@code oh_aci}), or by the server itself: media
 * as data URLs, text as UTF-8 lines {@code start..end}. Relative paths resolve against the shell's
 * directory.
 */
@Singleton
public class FileReadHandler implements ActionHandler<FileReadAction> {

  static final String BINARY = "ERROR_BINARY_FILE";

  /** The types Python's mimetypes gives the extensions OpenHands sends as data URLs. */
  private static final Map<String, String> MEDIA =
      Map.of(
          ".png", "image/png",
          ".jpg", "image/jpeg",
          ".jpeg", "image/jpeg",
          ".bmp", "image/bmp",
          ".gif", "image/gif",
          ".pdf", "application/pdf",
          ".mp4", "video/mp4",
          ".webm", "video/webm",
          ".ogg", "audio/ogg");

  private final OhEditor editor;
  private final ShellWorkingDirectory cwd;

  public FileReadHandler(OhEditor editor, ShellWorkingDirectory cwd) {
    this.editor = editor;
    this.cwd = cwd;
  }

  @Override
  public Class<FileReadAction> actionType() {
    return FileReadAction.class;
  }

  @Override
  public SandboxObservation execute(FileReadAction action, Duration timeout) {
    if (action.implSource() == FileReadSource.OH_ACI) {
      return view(action);
    }
    Path file = FilePaths.resolve(cwd, action.path());
    try {
      return read(file, action);
    } catch (IOException e) {
      return new ErrorObservation("Could not read " + file + ": " + PyErrors.describe(e), "");
    }
  }

  private SandboxObservation view(FileReadAction action) {
    if (isBinaryFile(action.path())) {
      return new ErrorObservation(BINARY, "");
    }
    String content;
    try {
      content = editor.run(EditorRequest.view(action.path(), action.viewRange())).output();
    } catch (ToolError e) {
      content = "ERROR:\n" + e.getMessage();
    }
    return new FileReadObservation(content, action.path(), FileReadSource.OH_ACI);
  }

  // Relative paths are left to the editor, which refuses them with a hint.
  private static boolean isBinaryFile(String raw) {
    try {
      Path path = Path.of(raw);
      return path.isAbsolute() && Files.isRegularFile(path) && BinaryDetector.isBinary(path);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private SandboxObservation read(Path file, FileReadAction action) throws IOException {
    String mime = MEDIA.get(EditorFiles.suffix(file).toLowerCase(Locale.ROOT));
    if (Files.isDirectory(file)) {
      return new ErrorObservation("Path is a directory: " + file + ". You can only read files", "");
    }
    if (!Files.exists(file)) {
      return new ErrorObservation(
          "File not found: " + file + ". Your current working directory is " + cwd.get() + ".", "");
    }
    // OpenHands refused media as binary before reaching its own data-URL branch.
    if (mime != null) {
      String data = Base64.getEncoder().encodeToString(Files.readAllBytes(file));
      return new FileReadObservation(
          "data:" + mime + ";base64," + data, file.toString(), FileReadSource.DEFAULT);
    }
    if (BinaryDetector.isBinary(file)) {
      return new ErrorObservation(BINARY, "");
    }
    String text;
    try {
      text = TextCodec.strictUtf8(Files.readAllBytes(file));
    } catch (CharacterCodingException e) {
      return new ErrorObservation("File could not be decoded as utf-8: " + file + ".", "");
    }
    String lines =
        String.join(
            "", Lines.read(Lines.withEnds(Lines.universal(text)), action.start(), action.end()));
    return new FileReadObservation(lines, file.toString(), FileReadSource.DEFAULT);
  }
}
