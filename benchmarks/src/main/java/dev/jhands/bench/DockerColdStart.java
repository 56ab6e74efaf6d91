package dev.jhands.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.testing.process.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Cold start on Docker: {@code POST /start} with OpenHands V1's command until the agent server
 * answers {@code /alive} through the runtime's URL (and until the runtime API says {@code
 * running}), one sandbox at a time, each stopped (container and volume removed) before the next.
 */
final class DockerColdStart {

  private static final List<String> V1_COMMAND =
      List.of("/usr/local/bin/openhands-agent-server", "--port", "60000");

  private final Path work;

  DockerColdStart(Path work) {
    this.work = work;
  }

  void run(int n) throws Exception {
    System.out.printf(Locale.ROOT, "### Cold start on Docker (n=%d)%n%n", n);
    Path bundle =
        Path.of(
                System.getenv()
                    .getOrDefault("JHANDS_BENCH_BUNDLE", "deploy/bundle/target/jhands-bundle"))
            .toAbsolutePath();
    String missing = missing(bundle);
    if (missing != null) {
      System.out.println("Skipped: " + missing + "\n");
      return;
    }
    String namespace = "jhbench" + UUID.randomUUID().toString().substring(0, 8);
    try (ServiceProcess api =
        RuntimeApiColdBench.runtimeApi(
            work,
            "docker",
            Map.of(
                "jhands.runtime.backend", "docker",
                "jhands.runtime.docker.bundle", bundle.toString(),
                "jhands.runtime.docker.namespace", namespace,
                "jhands.runtime.docker.stop-on-shutdown", "true",
                "jhands.runtime.poll-interval", "100ms"))) {
      RuntimeApiColdBench.Client client = new RuntimeApiColdBench.Client(api);
      long[] alive = new long[n];
      long[] running = new long[n];
      List<ColdStartBreakdown> parts = new ArrayList<>();
      try {
        for (int i = 0; i < n; i++) {
          long[] one = once(client, namespace, parts);
          alive[i] = one[0];
          running[i] = one[1];
        }
      } finally {
        client.stopAll();
      }
      System.out.println(Percentiles.header());
      System.out.println(
          Percentiles.of(alive).row("`/start` → agent-server `/alive` via the runtime URL"));
      System.out.println(Percentiles.of(running).row("`/start` → runtime API says `running`"));
      printBreakdown(parts);
      System.out.printf(
          Locale.ROOT, "%nImage `%s`, bundle `%s`.%n%n", RuntimeApiColdBench.IMAGE, bundle);
    }
  }

  /**
   * Nanoseconds from the start call to /alive through the URL, and to status running; adds where
   * the time went to {@code parts} when the engine tells.
   */
  private long[] once(
      RuntimeApiColdBench.Client client, String namespace, List<ColdStartBreakdown> parts)
      throws Exception {
    String session = RuntimeApiColdBench.Client.newSession();
    long begunMs = System.currentTimeMillis();
    long begun = System.nanoTime();
    var answer = client.post("/start", RuntimeApiColdBench.Client.start(V1_COMMAND, session));
    long answeredMs = System.currentTimeMillis();
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "/start answered " + answer.statusCode() + ": " + answer.body());
    }
    JsonNode runtime = RuntimeApiColdBench.JSON.readTree(answer.body());
    URI alive = URI.create(runtime.path("url").asText() + "/alive");
    long aliveAt = 0;
    long runningAt = 0;
    long aliveMs = 0;
    long deadline = begun + 120_000_000_000L;
    while ((aliveAt == 0 || runningAt == 0) && System.nanoTime() < deadline) {
      if (aliveAt == 0 && RuntimeApiColdBench.Client.answers(client.http(), alive)) {
        aliveAt = System.nanoTime();
        aliveMs = System.currentTimeMillis();
      }
      if (runningAt == 0) {
        String status = client.get("/sessions/" + session).path("status").asText();
        if ("running".equals(status)) {
          runningAt = System.nanoTime();
        } else if ("error".equals(status)) {
          throw new IllegalStateException("sandbox error: " + client.get("/sessions/" + session));
        }
      }
      Thread.sleep(10);
    }
    String runtimeId = runtime.path("runtime_id").asText();
    if (aliveAt != 0) {
      ColdStartBreakdown part =
          ColdStartBreakdown.read(namespace + "-" + runtimeId, begunMs, answeredMs, aliveMs);
      if (part != null) {
        parts.add(part);
      }
    }
    client.post("/stop", Map.of("runtime_id", runtimeId));
    if (aliveAt == 0 || runningAt == 0) {
      throw new IllegalStateException("not serving within 120 s: " + runtime);
    }
    return new long[] {aliveAt - begun, runningAt - begun};
  }

  private static void printBreakdown(List<ColdStartBreakdown> parts) {
    if (parts.isEmpty()) {
      System.out.println("\nNo breakdown: the engine's start times or logs could not be read.");
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "%nWhere the time went (engine start time and the agent server's log, %d starts):%n%n",
        parts.size());
    System.out.println(Percentiles.header().replace("| call |", "| part |"));
    for (int i = 0; i < ColdStartBreakdown.NAMES.size(); i++) {
      int part = i;
      long[] nanos = parts.stream().mapToLong(p -> p.parts()[part] * 1_000_000L).toArray();
      System.out.println(Percentiles.of(nanos).row(ColdStartBreakdown.NAMES.get(i)));
    }
  }

  private static String missing(Path bundle) throws IOException, InterruptedException {
    if (!Files.isExecutable(bundle.resolve("bin/jhands-sandbox"))) {
      return "no tools bundle at " + bundle + " (./jhands bundle makes it)";
    }
    Process inspect =
        new ProcessBuilder("docker", "image", "inspect", RuntimeApiColdBench.IMAGE)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (inspect.waitFor() != 0) {
      return "no Docker engine or no image "
          + RuntimeApiColdBench.IMAGE
          + " (./jhands sandbox-image)";
    }
    return null;
  }
}
