package dev.jhands.action.bash;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Finds and ends the shell's processes through {@code /proc}. A process that left the tree (a
 * double fork, {@code nohup ... &}) is still found by its terminal session; a fork storm is ended
 * by killing in rounds until a scan finds nothing left.
 */
final class ProcessTree {

  /** The fields of {@code /proc/<pid>/stat} this class needs. */
  record Stat(long pid, char state, long ppid, long group, long session, long foregroundGroup) {
    boolean live() {
      return state != 'Z' && state != 'X';
    }
  }

  private static final Path PROC = Path.of("/proc");
  private static final int ROUNDS = 100;
  private static final long PAUSE = TimeUnit.MILLISECONDS.toNanos(5);
  private static final long SELF = ProcessHandle.current().pid();

  private ProcessTree() {}

  static Optional<Stat> stat(long pid) {
    try {
      return Optional.ofNullable(parse(pid, Files.readString(PROC.resolve(pid + "/stat"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Ends {@code root}, everything below it and everything in its session. */
  static void endSession(long root, long session) {
    long ownSession = stat(SELF).map(Stat::session).orElse(-1L);
    boolean bySession = session > 0 && session != ownSession;
    endRepeatedly(
        stats -> {
          Set<Long> victims = below(root, stats);
          if (bySession) {
            stats.values().stream()
                .filter(s -> s.session() == session)
                .forEach(s -> victims.add(s.pid()));
          }
          return victims;
        });
  }

  /** Ends every process of a process group (a job) within a session. */
  static void endGroup(long group, long session) {
    endRepeatedly(
        stats -> {
          Set<Long> victims = new HashSet<>();
          stats.values().stream()
              .filter(s -> s.group() == group && s.session() == session)
              .forEach(s -> victims.add(s.pid()));
          return victims;
        });
  }

  /** Live processes of the given session, for tests and diagnostics. */
  static List<Stat> inSession(long session) {
    return scan().values().stream().filter(s -> s.session() == session).toList();
  }

  private static void endRepeatedly(Function<Map<Long, Stat>, Set<Long>> pick) {
    for (int round = 0; round < ROUNDS; round++) {
      Set<Long> victims = pick.apply(scan());
      victims.remove(SELF);
      if (victims.isEmpty()) {
        return;
      }
      for (long pid : victims) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
      LockSupport.parkNanos(PAUSE);
    }
  }

  private static Set<Long> below(long root, Map<Long, Stat> stats) {
    Map<Long, List<Long>> children = new HashMap<>();
    for (Stat s : stats.values()) {
      children.computeIfAbsent(s.ppid(), k -> new ArrayList<>()).add(s.pid());
    }
    Set<Long> found = new HashSet<>();
    ArrayDeque<Long> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      long pid = todo.pop();
      if (stats.containsKey(pid) && found.add(pid)) {
        todo.addAll(children.getOrDefault(pid, List.of()));
      }
    }
    return found;
  }

  /** Every live process, by pid. */
  private static Map<Long, Stat> scan() {
    Map<Long, Stat> stats = new HashMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, ProcessTree::isPid)) {
      for (Path entry : entries) {
        long pid = Long.parseLong(entry.getFileName().toString());
        stat(pid).filter(Stat::live).ifPresent(s -> stats.put(pid, s));
      }
    } catch (IOException e) {
      // Without /proc (not Linux) nothing is found; the shell itself is still destroyed by its
      // owner.
      return Map.of();
    }
    return stats;
  }

  private static boolean isPid(Path entry) {
    String name = entry.getFileName().toString();
    return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
  }

  // "pid (comm) state ppid pgrp session tty_nr tpgid ..."; comm may hold spaces and parentheses.
  private static Stat parse(long pid, String line) {
    int close = line.lastIndexOf(')');
    if (close < 0) {
      return null;
    }
    String[] fields = line.substring(close + 2).split(" ");
    return new Stat(
        pid,
        fields[0].charAt(0),
        Long.parseLong(fields[1]),
        Long.parseLong(fields[2]),
        Long.parseLong(fields[3]),
        Long.parseLong(fields[5]));
  }
}
