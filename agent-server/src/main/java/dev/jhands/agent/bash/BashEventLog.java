package dev.jhands.agent.bash;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.agent.store.AtomicFiles;
import dev.jhands.events.bash.BashCommand;
import dev.jhands.events.bash.BashError;
import dev.jhands.events.bash.BashEvent;
import dev.jhands.events.bash.BashOutput;
import dev.jhands.events.conversation.EventTimestamps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Every bash event, in the order it happened, kept in memory and as one JSON file each under the
 * bash events directory, so a restarted server still answers searches. Files are named {@code
 * bash-<10-digit sequence>-<id>.json}: the sequence, not the timestamp, restores the order, since
 * two chunks may share a timestamp.
 */
public final class BashEventLog {

  private static final Logger LOG = Logger.getLogger(BashEventLog.class);
  private static final String PREFIX = "bash-";

  private final Path dir;
  private final ObjectMapper mapper;
  private final Map<String, Stored> byId = new LinkedHashMap<>();
  // Called under this log's lock right after an event is on disk; each must not block (the
  // sockets only offer to a bounded queue), or it would stall every running command.
  private final List<Consumer<BashEvent>> listeners = new CopyOnWriteArrayList<>();
  private long nextSequence;

  private record Stored(long sequence, BashEvent event) {}

  public BashEventLog(Path dir, ObjectMapper mapper) {
    this.dir = dir;
    this.mapper = mapper;
  }

  /** Reads what a previous process wrote; an unreadable file is logged and skipped. */
  public synchronized void load() {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Stored> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        long sequence = sequenceOf(file);
        if (sequence < 0) {
          continue; // a leftover temp file or something that is not ours
        }
        try {
          found.add(new Stored(sequence, mapper.readValue(file.toFile(), BashEvent.class)));
        } catch (IOException e) {
          LOG.warnf(e, "skipping unreadable bash event %s", file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(Comparator.comparingLong(Stored::sequence));
    for (Stored stored : found) {
      byId.put(stored.event().id(), stored);
      nextSequence = Math.max(nextSequence, stored.sequence() + 1);
    }
  }

  /**
   * Gives every command that was still running when the previous process died a last chunk with
   * exit code {@link CommandRun#TIMED_OUT}, so a client polling for the exit code stops waiting:
   * nothing will ever finish it now. Called once, after {@link #load}.
   */
  public synchronized void finishInterrupted() {
    Map<String, Integer> nextOrder = new LinkedHashMap<>();
    for (Stored stored : byId.values()) {
      switch (stored.event()) {
        case BashCommand command -> nextOrder.put(command.id(), 0);
        case BashOutput output when output.isRunning() ->
            nextOrder.computeIfPresent(output.commandId(), (id, n) -> output.order() + 1);
        case BashOutput output -> nextOrder.remove(output.commandId());
        case BashError error -> {} // never stored
      }
    }
    nextOrder.forEach(
        (commandId, order) ->
            append(
                new BashOutput(
                    UUID.randomUUID().toString().replace("-", ""),
                    EventTimestamps.now(),
                    commandId,
                    order,
                    CommandRun.TIMED_OUT,
                    null,
                    null)));
  }

  /** Writes the event before any reader can see it, so nothing served can be lost by a crash. */
  public synchronized void append(BashEvent event) {
    long sequence = nextSequence++;
    try {
      AtomicFiles.write(file(sequence, event.id()), mapper.writeValueAsBytes(event));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byId.put(event.id(), new Stored(sequence, event));
    listeners.forEach(listener -> listener.accept(event));
  }

  /**
   * Registers a listener for every later event and returns the log as of that moment, under the
   * lock appends hold, so the snapshot and the live events meet with no gap and no duplicate.
   */
  public synchronized List<BashEvent> subscribe(Consumer<BashEvent> listener) {
    listeners.add(listener);
    return all();
  }

  /** The same, unless {@code max} listeners are registered already: then empty. */
  public synchronized Optional<List<BashEvent>> subscribe(Consumer<BashEvent> listener, int max) {
    return listeners.size() >= max ? Optional.empty() : Optional.of(subscribe(listener));
  }

  /** Not synchronized: a listener may remove itself from inside an append without waiting. */
  public void unsubscribe(Consumer<BashEvent> listener) {
    listeners.remove(listener);
  }

  public int subscriberCount() {
    return listeners.size();
  }

  public synchronized Optional<BashEvent> get(String id) {
    return Optional.ofNullable(byId.get(id)).map(Stored::event);
  }

  /** A snapshot in the order the events happened. */
  public synchronized List<BashEvent> all() {
    return byId.values().stream().map(Stored::event).toList();
  }

  /** Removes every event, from memory and disk; a running command goes on adding new ones. */
  public synchronized int clear() {
    int count = byId.size();
    for (Stored stored : byId.values()) {
      try {
        Files.deleteIfExists(file(stored.sequence(), stored.event().id()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    byId.clear();
    return count;
  }

  private Path file(long sequence, String id) {
    return dir.resolve(PREFIX + "%010d-%s.json".formatted(sequence, id));
  }

  private static long sequenceOf(Path file) {
    String name = file.getFileName().toString();
    if (!name.startsWith(PREFIX) || !name.endsWith(".json") || name.length() < 16) {
      return -1;
    }
    try {
      return Long.parseLong(name.substring(PREFIX.length(), PREFIX.length() + 10));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
