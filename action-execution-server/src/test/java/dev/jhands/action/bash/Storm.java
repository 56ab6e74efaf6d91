package dev.jhands.action.bash;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A bounded fork storm: a few hundred {@code sleep}s with an argument no other process on the
 * machine has, so they can be counted. Never an unbounded fork bomb: the machine is shared.
 */
final class Storm {

  final String marker;

  Storm() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    marker = (3000 + random.nextInt(1000)) + "." + (1000 + random.nextInt(9000));
  }

  /** A foreground job: sleeps in the background of a subshell, some double-forked away. */
  String foreground() {
    return "( for i in $(seq 150); do sleep "
        + marker
        + " & done; for j in 1 2 3 4 5; do ( ( sleep "
        + marker
        + " & ) ; sleep "
        + marker
        + " ) & done; wait )";
  }

  /** Background jobs of the shell itself, one orphaned and one under nohup. */
  String background() {
    return "for i in $(seq 100); do sleep "
        + marker
        + " & done; (sleep "
        + marker
        + " &); nohup sleep "
        + marker
        + " >/dev/null 2>&1 &";
  }

  /** Live processes of this storm anywhere on the machine. */
  long count() {
    return ProcessHandle.allProcesses().filter(this::isOurs).count();
  }

  /** Live processes of this storm below this JVM. */
  long descendants() {
    return ProcessHandle.current().descendants().filter(this::isOurs).count();
  }

  private boolean isOurs(ProcessHandle process) {
    return process.info().arguments().map(a -> Arrays.asList(a).contains(marker)).orElse(false)
        && ProcessTree.stat(process.pid()).map(ProcessTree.Stat::live).orElse(false);
  }
}
