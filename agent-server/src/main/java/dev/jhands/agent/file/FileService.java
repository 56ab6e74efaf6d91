package dev.jhands.agent.file;

import dev.jhands.agent.server.NotFound;
import dev.jhands.agent.store.AtomicFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Uploads and downloads of sandbox files by absolute path (contract §2.4). */
@ApplicationScoped
public class FileService {

  /**
   * Puts an uploaded file (already on disk, where the multipart reader streamed it) at {@code
   * rawPath}, creating parent directories. The content goes to a temp file beside the target that
   * is then moved over it, so no reader ever sees half a file and a failed upload leaves the old
   * one.
   */
  public void upload(String rawPath, Path uploaded) {
    Path target = FilePaths.absolute(rawPath);
    if (Files.isDirectory(target)) {
      throw new IllegalArgumentException("Path is a directory");
    }
    for (Path parent = target.getParent(); parent != null; parent = parent.getParent()) {
      if (Files.exists(parent) && !Files.isDirectory(parent)) {
        throw new IllegalArgumentException("Parent path is not a directory: " + parent);
      }
    }
    try {
      AtomicFiles.copy(uploaded, target);
    } catch (FileSystemException e) {
      // Permissions, a read-only mount: the caller's path cannot be written.
      String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
      throw new IllegalArgumentException("Cannot write " + target + ": " + reason);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file to send for {@code rawPath}: 404 if missing, 400 if it is not a regular file. */
  public Path download(String rawPath) {
    Path target = FilePaths.absolute(rawPath);
    if (!Files.exists(target)) {
      throw new NotFound("File not found");
    }
    if (!Files.isRegularFile(target)) {
      throw new IllegalArgumentException("Path is not a file");
    }
    if (!Files.isReadable(target)) {
      throw new IllegalArgumentException("File is not readable");
    }
    return target;
  }
}
