package dev.jhands.action.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The editor's undo stack: per file, the texts before its last edits, newest last, at most {@link
 * #DEPTH} of them. Texts live in files under a temporary directory (as OHEditor's do) so that ten
 * versions of many large files do not sit on the heap; the index lives as long as the process.
 *
 * <p>An entry may also record that the file did not exist, which is what undoing a {@code create}
 * restores.
 */
final class EditHistory {

  static final int DEPTH = 10;

  /** One earlier state of a file: its text, or its absence. */
  record Snapshot(Optional<String> text) {
    static final Snapshot ABSENT = new Snapshot(Optional.empty());
  }

  // An empty stored path stands for ABSENT.
  private final Map<Path, Deque<Optional<Path>>> entries = new HashMap<>();
  private final Path dir;
  private long counter;

  EditHistory(Path dir) {
    this.dir = dir;
  }

  static EditHistory inTempDirectory() {
    try {
      Path dir = Files.createTempDirectory("jhands_editor_history_");
      dir.toFile().deleteOnExit();
      return new EditHistory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized void push(Path file, Snapshot snapshot) throws IOException {
    Optional<Path> stored = Optional.empty();
    if (snapshot.text().isPresent()) {
      Path entry = dir.resolve(Long.toString(counter++));
      Files.writeString(entry, snapshot.text().get(), StandardCharsets.UTF_8);
      entry.toFile().deleteOnExit();
      stored = Optional.of(entry);
    }
    Deque<Optional<Path>> stack = entries.computeIfAbsent(key(file), k -> new ArrayDeque<>());
    stack.addLast(stored);
    while (stack.size() > DEPTH) {
      delete(stack.removeFirst());
    }
  }

  /** The newest snapshot, removed from the history; empty when there is none. */
  synchronized Optional<Snapshot> pop(Path file) throws IOException {
    Deque<Optional<Path>> stack = entries.get(key(file));
    if (stack == null || stack.isEmpty()) {
      return Optional.empty();
    }
    Optional<Path> stored = stack.removeLast();
    if (stored.isEmpty()) {
      return Optional.of(Snapshot.ABSENT);
    }
    String text = Files.readString(stored.get(), StandardCharsets.UTF_8);
    delete(stored);
    return Optional.of(new Snapshot(Optional.of(text)));
  }

  synchronized int size(Path file) {
    Deque<Optional<Path>> stack = entries.get(key(file));
    return stack == null ? 0 : stack.size();
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  private static void delete(Optional<Path> stored) throws IOException {
    if (stored.isPresent()) {
      Files.deleteIfExists(stored.get());
    }
  }
}
