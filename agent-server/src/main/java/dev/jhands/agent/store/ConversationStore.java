package dev.jhands.agent.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.agent.secret.DiskSecrets;
import dev.jhands.events.conversation.ConversationInfo;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.StoredConversation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The conversations on disk, in the agent server's layout (contract §7.8): {@code <root>/<id
 * hex>/meta.json}, {@code base_state.json} and {@code events/event-<5-digit index>-<event
 * id>.json}. Every file is written atomically. Secrets in {@code meta.json} and {@code
 * base_state.json} go through {@link DiskSecrets}: encrypted when a secret key is configured, else
 * masked. Events are written as the mapper writes them by default: masked.
 */
public class ConversationStore {

  private static final Logger LOG = Logger.getLogger(ConversationStore.class);
  static final String META = "meta.json";
  static final String BASE_STATE = "base_state.json";
  static final String EVENTS = "events";

  private final Path root;
  private final ObjectMapper mapper;
  private final DiskSecrets secrets;

  /** A store that masks secrets on disk. */
  public ConversationStore(Path root, ObjectMapper mapper) {
    this(root, mapper, DiskSecrets.masking(mapper));
  }

  public ConversationStore(Path root, ObjectMapper mapper, DiskSecrets secrets) {
    this.root = root;
    this.mapper = mapper;
    this.secrets = secrets;
  }

  public Path root() {
    return root;
  }

  public Path directory(String hex) {
    return root.resolve(hex);
  }

  public void writeMeta(String hex, StoredConversation meta) {
    writeSealed(directory(hex).resolve(META), meta);
  }

  public void writeState(String hex, ConversationInfo state) {
    writeSealed(directory(hex).resolve(BASE_STATE), state);
  }

  /** Writes an event durably; the caller publishes it only after this returns. */
  public void appendEvent(String hex, int index, Event event) {
    String name = String.format("event-%05d-%s.json", index, event.id());
    write(directory(hex).resolve(EVENTS).resolve(name), event);
  }

  /** Removes a conversation's directory, and nothing else (its workspace stays). */
  public void delete(String hex) {
    Path dir = directory(hex);
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + dir, e);
    }
  }

  /** Every directory holding a {@code meta.json}; an unreadable one is logged and skipped. */
  public List<StoredState> loadAll() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<StoredState> loaded = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve(META))).toList()) {
        try {
          loaded.add(load(dir));
        } catch (IOException | RuntimeException e) {
          LOG.errorf(e, "skipping unreadable conversation %s", dir);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + root, e);
    }
    return loaded;
  }

  private StoredState load(Path dir) throws IOException {
    StoredConversation meta = secrets.read(dir.resolve(META), StoredConversation.class);
    Path statePath = dir.resolve(BASE_STATE);
    ConversationInfo state =
        Files.isRegularFile(statePath) ? secrets.read(statePath, ConversationInfo.class) : null;
    return new StoredState(dir.getFileName().toString(), meta, state, loadEvents(dir));
  }

  private List<Event> loadEvents(Path dir) throws IOException {
    Path events = dir.resolve(EVENTS);
    if (!Files.isDirectory(events)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(events)) {
      files =
          list.filter(f -> !AtomicFiles.isTemp(f))
              .filter(f -> f.getFileName().toString().startsWith("event-"))
              .sorted(Comparator.comparingInt(ConversationStore::index))
              .toList();
    }
    List<Event> read = new ArrayList<>(files.size());
    for (Path file : files) {
      read.add(mapper.readValue(file.toFile(), Event.class));
    }
    return read;
  }

  // By number, not by name: an index past 99999 has six digits and would sort wrongly as text.
  private static int index(Path file) {
    String name = file.getFileName().toString();
    int end = name.indexOf('-', "event-".length());
    return Integer.parseInt(name.substring("event-".length(), end));
  }

  private void write(Path target, Object value) {
    try {
      AtomicFiles.write(target, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + target, e);
    }
  }

  private void writeSealed(Path target, Object value) {
    try {
      AtomicFiles.write(target, secrets.write(value));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + target, e);
    }
  }

  /** One conversation as read back from disk; {@code state} is null if never written. */
  public record StoredState(
      String hex, StoredConversation meta, ConversationInfo state, List<Event> events) {}
}
