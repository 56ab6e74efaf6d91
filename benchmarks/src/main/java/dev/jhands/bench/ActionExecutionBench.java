package dev.jhands.bench;

import dev.jhands.testing.process.ServiceProcess;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The action-execution-server's figures on this machine: start to {@code /alive}, round trips of
 * {@code true} and {@code echo hi} through {@code /execute_action} on loopback, and RSS when idle
 * and across 10,000 actions. Starts the packaged server ({@code ./jhands build}) as its own
 * process, with the JVM options a sandbox uses, and prints a markdown report.
 *
 * <p>Usage: {@code ./jhands bench action-execution-server [starts] [calls] [soak]}.
 */
public final class ActionExecutionBench {

  /**
   * The JVM options of the server in a sandbox: serial GC and C1 only for a quick start, a small
   * heap that is handed back when free, a small code cache. The sandbox bundle's start script uses
   * the same.
   */
  static final List<String> SANDBOX_JVM_OPTIONS =
      List.of(
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1",
          "-Xss512k",
          "-Xms8m",
          "-Xmx128m",
          "-XX:ReservedCodeCacheSize=32m",
          "-XX:MinHeapFreeRatio=10",
          "-XX:MaxHeapFreeRatio=20");

  private static final Path JAR =
      Path.of("action-execution-server/target/quarkus-app/quarkus-run.jar");

  private final HttpClient client = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    int starts = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int soak = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    new ActionExecutionBench().run(starts, calls, soak);
  }

  private void run(int starts, int calls, int soak) throws Exception {
    Path work = Files.createTempDirectory("jhands-bench-aes");
    Map<String, String> env =
        Map.of("JHANDS_ACTION_WORKING_DIR", work.resolve("workspace").toString());
    List<String> jvm = jvmOptions();
    System.out.printf(
        "## action-execution-server%n%nJVM %s, options %s, %d cores%n%n",
        System.getProperty("java.version"),
        String.join(" ", jvm),
        Runtime.getRuntime().availableProcessors());

    long[] startup = new long[starts];
    for (int i = 0; i < starts; i++) {
      try (ServiceProcess server =
          ServiceProcess.start(JAR, jvm, env, work.resolve("start-" + i + ".log"))) {
        startup[i] = server.awaitReady("/alive", Duration.ofSeconds(30)).toNanos();
      }
    }
    Arrays.sort(startup);
    System.out.printf(
        Locale.ROOT,
        "Process start to /alive over %d starts: min %.0f ms, median %.0f ms, max %.0f ms%n%n",
        starts,
        startup[0] / 1e6,
        startup[starts / 2] / 1e6,
        startup[starts - 1] / 1e6);

    try (ServiceProcess server = ServiceProcess.start(JAR, jvm, env, work.resolve("server.log"))) {
      server.awaitReady("/alive", Duration.ofSeconds(30));
      Thread.sleep(2000);
      long idleRss = server.rssBytes();
      execute(server, "true"); // the shell starts on first use
      Thread.sleep(1000);
      long shellIdleRss = server.rssBytes();

      for (int i = 0; i < 300; i++) {
        execute(server, i % 2 == 0 ? "true" : "echo hi");
      }
      System.out.println(Percentiles.header());
      System.out.println(measure(server, "true", calls).row("`true`"));
      System.out.println(measure(server, "echo hi", calls).row("`echo hi`"));

      List<String> rss = new ArrayList<>();
      rss.add(mb(server.rssBytes()) + " at 0");
      for (int i = 1; i <= soak; i++) {
        execute(server, "echo hi");
        if (i % (soak / 4) == 0) {
          rss.add(mb(server.rssBytes()) + " after " + i);
        }
      }
      System.out.printf(
          "%nRSS idle after start: %s MB; with the shell started: %s MB%n",
          mb(idleRss), mb(shellIdleRss));
      System.out.printf("RSS across %d actions (MB): %s%n", soak, String.join(", ", rss));
    }
  }

  private Percentiles measure(ServiceProcess server, String command, int calls)
      throws IOException, InterruptedException {
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      execute(server, command);
      nanos[i] = System.nanoTime() - start;
    }
    return Percentiles.of(nanos);
  }

  private void execute(ServiceProcess server, String command)
      throws IOException, InterruptedException {
    String body =
        "{\"action\": {\"action\": \"run\", \"args\": {\"command\": \""
            + command
            + "\"}, \"timeout\": 30.0}}";
    HttpRequest request =
        HttpRequest.newBuilder(server.uri("/execute_action"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200
        || !response.body().replace(" ", "").contains("\"exit_code\":0")) {
      throw new IllegalStateException(
          "`" + command + "` failed: " + response.statusCode() + " " + response.body());
    }
  }

  private static List<String> jvmOptions() {
    String override = System.getenv("JHANDS_BENCH_JVM_OPTS");
    return override == null ? SANDBOX_JVM_OPTIONS : List.of(override.trim().split("\\s+"));
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
  }
}
