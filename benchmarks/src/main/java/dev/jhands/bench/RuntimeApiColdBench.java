package dev.jhands.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.testing.process.ServiceProcess;
import java.io.IOException;
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
import java.util.Map;
import java.util.UUID;

/**
 * The runtime API's own figures: cold start on Docker to a serving agent server (the image present,
 * the tools bundle mounted), and 100 concurrent {@code /start}s against 100 sequential ones on the
 * process backend. Runs the packaged runtime API as its own process and talks to it over loopback
 * HTTP like a client.
 *
 * <p>Usage: {@code ./jhands bench runtime-api-cold [cold-starts] [starts]} (defaults 10, 100; 0
 * starts runs the Docker part alone). The Docker part needs a Docker engine, {@code
 * jhands/sandbox:latest} ({@code ./jhands sandbox-image}) and the bundle ({@code ./jhands bundle});
 * it is skipped, saying why, without them.
 */
public final class RuntimeApiColdBench {

  static final String KEY = "bench-runtime-key";
  static final String IMAGE =
      System.getenv().getOrDefault("JHANDS_BENCH_IMAGE", "jhands/sandbox:latest");
  static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    int coldStarts = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int starts = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    Path work = Files.createTempDirectory("jhands-bench-runtime");
    System.out.printf(
        Locale.ROOT,
        "## runtime-api (cold start, concurrent starts)%n%nJVM %s, %d cores%n%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    // 0 cold starts: the process part only; 0 starts: the Docker cold start only.
    if (coldStarts > 0) {
      new DockerColdStart(work).run(coldStarts);
    }
    if (starts > 0) {
      new ConcurrentStarts(work).run(starts);
    }
  }

  /** The packaged runtime API with these settings, one tenant {@code bench} with a high cap. */
  static ServiceProcess runtimeApi(Path work, String name, Map<String, String> settings)
      throws Exception {
    List<String> jvm = new ArrayList<>();
    jvm.add("-Djhands.runtime.tenants.bench.api-key=" + KEY);
    jvm.add("-Djhands.runtime.tenants.bench.max-sandboxes=1000");
    jvm.add("-Djhands.runtime.state-dir=" + work.resolve(name + "-state"));
    settings.forEach((k, v) -> jvm.add("-D" + k + "=" + v));
    ServiceProcess api =
        ServiceProcess.start(
            ServiceProcess.packagedJar("runtime-api"), jvm, Map.of(), work.resolve(name + ".log"));
    api.awaitReady("/q/health/ready", Duration.ofSeconds(90));
    return api;
  }

  /** Thin calls of the runtime API; every answer is read as JSON. */
  record Client(ServiceProcess api, HttpClient http) {

    Client(ServiceProcess api) {
      this(api, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }

    HttpResponse<String> post(String route, Object body) throws IOException, InterruptedException {
      HttpRequest request =
          HttpRequest.newBuilder(api.uri(route))
              .header("X-API-Key", KEY)
              .header("Content-Type", "application/json")
              .timeout(Duration.ofSeconds(60))
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String route) throws IOException, InterruptedException {
      HttpRequest request =
          HttpRequest.newBuilder(api.uri(route)).header("X-API-Key", KEY).GET().build();
      return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    static Map<String, Object> start(List<String> command, String session) {
      return Map.of("image", IMAGE, "command", command, "session_id", session);
    }

    static String newSession() {
      return "bench-" + UUID.randomUUID();
    }

    /** Stops every listed runtime. */
    void stopAll() throws IOException, InterruptedException {
      for (JsonNode runtime : get("/list").path("runtimes")) {
        post("/stop", Map.of("runtime_id", runtime.path("runtime_id").asText()));
      }
    }

    static boolean answers(HttpClient http, URI uri) throws InterruptedException {
      try {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(1)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException notYet) {
        return false;
      }
    }
  }
}
