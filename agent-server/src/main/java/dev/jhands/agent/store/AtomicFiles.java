package dev.jhands.agent.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that a reader, or a restart after a crash, sees either the old content or the
 * new one, never half of it: a temp file beside the target, fsynced, then moved over it.
 */
public final class AtomicFiles {

  static final String TEMP_PREFIX = ".tmp-";

  private AtomicFiles() {}

  public static void write(Path target, byte[] content) throws IOException {
    write(target, temp -> write(temp, ByteBuffer.wrap(content)));
  }

  /** The same for a file's content, streamed rather than held in memory (uploads). */
  public static void copy(Path source, Path target) throws IOException {
    write(
        target,
        temp -> {
          try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
              done += in.transferTo(done, size - done, temp);
            }
          }
        });
  }

  private interface Filler {
    void fill(FileChannel temp) throws IOException;
  }

  private static void write(Path target, Filler filler) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve(TEMP_PREFIX + UUID.randomUUID());
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        filler.fill(channel);
        channel.force(true);
      }
      keepMode(target, temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    syncDirectory(dir);
  }

  // Replacing a file must not drop its mode: an uploaded git hook stays executable.
  private static void keepMode(Path target, Path temp) throws IOException {
    if (Files.isRegularFile(target)
        && temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    }
  }

  private static void write(FileChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  // The move is only durable once the directory entry is; not every platform lets us sync one.
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Best effort: the file's own content is already on disk.
    }
  }

  /** Whether a name is one of our unfinished temp files, which loading must skip. */
  public static boolean isTemp(Path file) {
    return file.getFileName().toString().startsWith(TEMP_PREFIX);
  }
}
