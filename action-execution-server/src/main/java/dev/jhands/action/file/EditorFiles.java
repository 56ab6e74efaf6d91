package dev.jhands.action.file;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The editor's file access: OHEditor's size and binary checks, then text in the file's own
 * encoding, byte-order mark and line separator, so that an edit keeps them.
 */
final class EditorFiles {

  static final long MAX_FILE_SIZE = 10L * 1024 * 1024;

  /** Binary formats OHEditor only views (converted to Markdown); every other command refuses. */
  static final List<String> SUPPORTED_BINARY =
      List.of(".docx", ".xlsx", ".pptx", ".pdf", ".mp3", ".wav", ".m4a", ".flac");

  private EditorFiles() {}

  /** Python's {@code Path.suffix}: the last dot and what follows, "" for ".bashrc". */
  static String suffix(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot);
  }

  static boolean isSupportedBinary(Path path) {
    return SUPPORTED_BINARY.contains(suffix(path).toLowerCase(Locale.ROOT));
  }

  /** Size and binary checks; anything but an existing regular file passes. */
  static void validate(Path path) throws ToolError {
    if (!Files.isRegularFile(path)) {
      return;
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new ToolError("Ran into " + PyErrors.describe(e) + " while trying to read " + path);
    }
    if (size > MAX_FILE_SIZE) {
      throw ToolError.validation(
          path,
          String.format(
              Locale.ROOT,
              "File is too large (%.1fMB). Maximum allowed size is %dMB.",
              size / 1024.0 / 1024.0,
              MAX_FILE_SIZE / 1024 / 1024));
    }
    if (!isSupportedBinary(path) && BinaryDetector.isBinary(path)) {
      throw ToolError.validation(
          path,
          "File appears to be binary and this file type cannot be read or edited by this tool.");
    }
  }

  static TextCodec.Decoded read(Path path) throws ToolError {
    validate(path);
    try {
      return TextCodec.decode(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new ToolError("Ran into " + PyErrors.describe(e) + " while trying to read " + path);
    } catch (TextCodec.Undecodable e) {
      throw new ToolError("Ran into " + e.getMessage() + " while trying to read " + path);
    }
  }

  /** Writes in place, so the file keeps its inode, owner and mode. */
  static void write(Path path, String text, TextFormat format) throws ToolError {
    validate(path);
    try {
      Files.write(path, TextCodec.encode(text, format));
    } catch (CharacterCodingException e) {
      throw new ToolError(
          "Ran into '"
              + format.charset().name().toLowerCase(Locale.ROOT)
              + "' codec can't encode the new text while trying to write to "
              + path);
    } catch (IOException e) {
      throw new ToolError("Ran into " + PyErrors.describe(e) + " while trying to write to " + path);
    }
  }
}
