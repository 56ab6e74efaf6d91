package dev.jhands.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.testing.process.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real {@code kill -9} of the packaged runtime API (process backend) with sandboxes running: the
 * restarted one, over the same state directory, must list exactly the same runtimes with the same
 * statuses, adopt their processes (none started twice), and end them all on {@code /stop}.
 */
final class KillRestart {

  private KillRestart() {}

  /** Kills {@code api}, starts another in its place and checks it; returns the new one. */
  static ServiceProcess check(ServiceProcess api, Path state, Path work) throws Exception {
    RuntimeApiColdBench.Client before = new RuntimeApiColdBench.Client(api);
    Map<String, String> statuses = statuses(before);
    List<Long> pids = sandboxPids(state);
    ProcessHandle.of(api.pid()).orElseThrow().destroyForcibly();
    ProcessHandle.of(api.pid()).orElseThrow().onExit().get(10, TimeUnit.SECONDS);

    ServiceProcess restarted = RuntimeApiColdBench.runtimeApi(work, "process", RESTART_SETTINGS);
    RuntimeApiColdBench.Client after = new RuntimeApiColdBench.Client(restarted);
    Map<String, String> listed = statuses(after);
    if (!listed.equals(statuses)) {
      throw new IllegalStateException("after kill -9: " + listed + ", before: " + statuses);
    }
    if (!sandboxPids(state).equals(pids) || !pids.stream().allMatch(KillRestart::alive)) {
      throw new IllegalStateException("after kill -9 the sandboxes' processes changed");
    }
    after.stopAll();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (pids.stream().anyMatch(KillRestart::alive) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    if (pids.stream().anyMatch(KillRestart::alive)) {
      throw new IllegalStateException("a sandbox process outlived its /stop");
    }
    System.out.printf(
        "kill -9 of the runtime API with %d runtimes: the restarted one listed all %d with the"
            + " same statuses and the same %d processes (none started again); /stop ended them"
            + " all.%n%n",
        statuses.size(), listed.size(), pids.size());
    return restarted;
  }

  static final Map<String, String> RESTART_SETTINGS =
      Map.of("jhands.runtime.process.stop-on-shutdown", "true");

  private static Map<String, String> statuses(RuntimeApiColdBench.Client client)
      throws IOException, InterruptedException {
    Map<String, String> statuses = new TreeMap<>();
    for (JsonNode runtime : client.get("/list").path("runtimes")) {
      statuses.put(runtime.path("runtime_id").asText(), runtime.path("status").asText());
    }
    return statuses;
  }

  /** The leader pids the record files hold, sorted. */
  private static List<Long> sandboxPids(Path state) throws IOException {
    List<Long> pids = new ArrayList<>();
    try (Stream<Path> files = Files.list(state.resolve("records"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        String handle = RuntimeApiColdBench.JSON.readTree(file.toFile()).path("handle").asText("");
        if (handle.contains(":")) {
          pids.add(Long.parseLong(handle.substring(0, handle.indexOf(':'))));
        }
      }
    }
    pids.sort(null);
    return pids;
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
