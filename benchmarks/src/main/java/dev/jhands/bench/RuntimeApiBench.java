package dev.jhands.bench;

import dev.jhands.testing.process.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /start} to {@code running} on a warm hit: the packaged runtime API as its own process with
 * a warm pool of real, dormant agent servers (the packaged jar), on the {@code process} backend or
 * the {@code docker} one (the base image with this JDK and the agent server mounted read-only).
 * Each round waits for the pool to be full, times one {@code POST /start} (which answers {@code
 * running}, the member activated), checks the answer and stops the runtime.
 *
 * <p>Usage: {@code ./jhands bench runtime-api [process|docker] [hits]}.
 */
public final class RuntimeApiBench {

  private static final String KEY = "bench-runtime-key";
  // Each round waits for the pool to be full again, so no member is booting (and taking both
  // cores) while a claim is timed.
  private static final int POOL = 2;
  // How long a full pool rests before a timed claim (see awaitReadyMember).
  private static final Duration SETTLE = Duration.ofSeconds(2);
  private static final Pattern SIZE =
      Pattern.compile("(?m)^jhands_warm_pool_size\\{[^}]*pool=\"bench\"[^}]*\\} ([0-9.]+)$");
  private static final Pattern FIELD =
      Pattern.compile("\"(runtime_id|status)\"\\s*:\\s*\"([^\"]*)\"");

  private final HttpClient http = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    String backend = args.length > 0 ? args[0] : "process";
    int hits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    new RuntimeApiBench().run(backend, hits);
  }

  private void run(String backend, int hits) throws Exception {
    Path work = Files.createTempDirectory("jhands-bench-runtime");
    Path agentJar = Path.of("agent-server/target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> jvm =
        new ArrayList<>(
            List.of(
                "-Djhands.runtime.tenants.bench.api-key=" + KEY,
                "-Djhands.runtime.tenants.bench.max-sandboxes=1000",
                "-Djhands.runtime.state-dir=" + work.resolve("state"),
                "-Djhands.runtime.poll-interval=100ms",
                "-Djhands.runtime.warm-pools.bench.target-size=" + POOL,
                "-Djhands.runtime.warm-pools.bench.environment.POOL_VAR=bench"));
    List<String> command;
    String image;
    if (backend.equals("docker")) {
      image = System.getenv().getOrDefault("JHANDS_DOCKER_TEST_IMAGE", "jhands/base:bookworm");
      command =
          List.of(
              "/opt/jdk/bin/java",
              "-XX:TieredStopAtLevel=1",
              "-Xmx192m",
              "-jar",
              "/opt/agent/quarkus-run.jar");
      jvm.addAll(
          List.of(
              "-Djhands.runtime.backend=docker",
              "-Djhands.runtime.docker.namespace=jhands-bench-"
                  + UUID.randomUUID().toString().substring(0, 8),
              "-Djhands.runtime.docker.extra-mounts="
                  + System.getProperty("java.home")
                  + ":/opt/jdk,"
                  + agentJar.getParent()
                  + ":/opt/agent",
              "-Djhands.runtime.docker.memory=512M",
              "-Djhands.runtime.docker.stop-on-shutdown=true"));
    } else {
      image = "jhands/sandbox:bench";
      command =
          List.of(
              javaBin,
              "-XX:TieredStopAtLevel=1",
              "-Xmx192m",
              "-Dquarkus.http.host=127.0.0.1",
              "-Dquarkus.http.port=60000",
              "-jar",
              agentJar.toString());
      jvm.add("-Djhands.runtime.process.stop-on-shutdown=true");
    }
    jvm.add("-Djhands.runtime.warm-pools.bench.image=" + image);
    jvm.add("-Djhands.runtime.warm-pools.bench.command=" + String.join(",", command));

    try (ServiceProcess api =
        ServiceProcess.start(
            Path.of("runtime-api/target/quarkus-app/quarkus-run.jar"),
            jvm,
            java.util.Map.of(),
            work.resolve("runtime-api.log"))) {
      api.awaitReady("/q/health/ready", Duration.ofSeconds(60));
      long[] nanos = new long[hits];
      String commandJson = "[\"" + String.join("\",\"", command) + "\"]";
      for (int i = 0; i < hits; i++) {
        awaitReadyMember(api);
        String body =
            "{\"image\":\""
                + image
                + "\",\"command\":"
                + commandJson
                + ",\"environment\":{\"CALLER\":\"x\"},\"session_id\":\"bench-"
                + i
                + "\"}";
        long t0 = System.nanoTime();
        HttpResponse<String> started = post(api.uri("/start"), body);
        nanos[i] = System.nanoTime() - t0;
        String status = field(started.body(), "status");
        if (started.statusCode() != 200 || !"running".equals(status)) {
          throw new IllegalStateException(
              "not a warm hit: " + started.statusCode() + " " + started.body());
        }
        post(api.uri("/stop"), "{\"runtime_id\":\"" + field(started.body(), "runtime_id") + "\"}");
      }
      System.out.printf(Locale.ROOT, "## runtime-api warm hit, %s backend%n%n", backend);
      System.out.println(
          "JVM "
              + System.getProperty("java.version")
              + ", "
              + Runtime.getRuntime().availableProcessors()
              + " cores; pool of 2 dormant agent servers");
      System.out.println();
      System.out.println(Percentiles.header());
      System.out.println(Percentiles.of(nanos).row("`POST /start` → `running` (warm hit)"));
    }
  }

  private void awaitReadyMember(ServiceProcess api) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      String metrics =
          http.send(
                  HttpRequest.newBuilder(api.uri("/q/metrics")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher m = SIZE.matcher(metrics);
      if (m.find() && Double.parseDouble(m.group(1)) >= POOL) {
        // A pool at rest, as users meet it: the newest member has finished booting and
        // rehearsing its activation, instead of competing with the claim for the 2 cores.
        Thread.sleep(SETTLE.toMillis());
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("no ready pool member within 120 s");
  }

  private HttpResponse<String> post(URI uri, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("X-API-Key", KEY)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String field(String json, String name) {
    Matcher m = FIELD.matcher(json);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }
}
