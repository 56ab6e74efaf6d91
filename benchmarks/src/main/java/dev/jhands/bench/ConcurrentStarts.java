package dev.jhands.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jhands.testing.process.ServiceProcess;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code /start} latency on the process backend with a trivial sandbox ({@code sleep}): n calls one
 * after another, then n at once for n sessions, then n at once for one session. Every call must
 * answer 200; the distinct sessions must get n distinct runtimes and keys, and the one session a
 * single runtime.
 */
final class ConcurrentStarts {

  private static final List<String> TRIVIAL = List.of("sleep", "600");

  private final Path work;

  ConcurrentStarts(Path work) {
    this.work = work;
  }

  void run(int n) throws Exception {
    System.out.printf(Locale.ROOT, "### `/start` on the process backend, n=%d%n%n", n);
    ServiceProcess api =
        RuntimeApiColdBench.runtimeApi(work, "process", KillRestart.RESTART_SETTINGS);
    try {
      RuntimeApiColdBench.Client client = new RuntimeApiColdBench.Client(api);
      // A few starts first, so the JIT has seen the route before either run is timed.
      for (int i = 0; i < 10; i++) {
        startOne(client, RuntimeApiColdBench.Client.newSession());
      }
      client.stopAll();

      List<Result> sequential = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        sequential.add(startOne(client, RuntimeApiColdBench.Client.newSession()));
      }
      check("sequential", sequential, n);
      client.stopAll();

      // One untimed round at once too: the sequential run had its warm-up, and the concurrent
      // path (many workers, connections, forks at a time) is what this one is to measure.
      check("concurrent warm-up", atOnce(client, n, false), n);
      client.stopAll();

      List<Result> concurrent = atOnce(client, n, false);
      check("concurrent", concurrent, n);
      int listed = client.get("/list").path("total").asInt();
      // The same runtimes survive a kill -9 of the runtime API: it stops them after its checks.
      api = KillRestart.check(api, work.resolve("process-state"), work);
      client = new RuntimeApiColdBench.Client(api);

      List<Result> sameSession = atOnce(client, n, true);
      check("one session", sameSession, 1);
      client.stopAll();
      long[] floor = routeAtOnce(client, n);

      Percentiles seq = Percentiles.of(nanos(sequential));
      Percentiles con = Percentiles.of(nanos(concurrent));
      System.out.println(Percentiles.header());
      System.out.println(seq.row("sequential, " + n + " sessions"));
      System.out.println(con.row("concurrent, " + n + " sessions"));
      System.out.println(Percentiles.of(nanos(sameSession)).row("concurrent, 1 session"));
      System.out.println(
          Percentiles.of(floor).row("concurrent `GET /registry_prefix` (no work: the floor)"));
      System.out.printf(
          Locale.ROOT,
          "%nAll %d + %d + %d calls answered 200; %d distinct runtimes and keys for %d sessions"
              + " (/list total %d), 1 runtime for %d calls on one session. Concurrent p99 /"
              + " sequential p99 = %.2f.%n%n",
          n,
          n,
          n,
          distinct(concurrent),
          n,
          listed,
          n,
          con.p99() / seq.p99());
    } finally {
      api.close();
    }
  }

  record Result(int status, String runtimeId, String key, long nanos) {}

  private static Result startOne(RuntimeApiColdBench.Client client, String session)
      throws Exception {
    long begun = System.nanoTime();
    HttpResponse<String> answer =
        client.post("/start", RuntimeApiColdBench.Client.start(TRIVIAL, session));
    long took = System.nanoTime() - begun;
    JsonNode body = RuntimeApiColdBench.JSON.readTree(answer.body());
    return new Result(
        answer.statusCode(),
        body.path("runtime_id").asText(null),
        body.path("session_api_key").asText(null),
        took);
  }

  /** n starts at once, of n sessions or of one. */
  private static List<Result> atOnce(RuntimeApiColdBench.Client client, int n, boolean oneSession)
      throws Exception {
    String shared = RuntimeApiColdBench.Client.newSession();
    return together(
        client,
        n,
        own -> startOne(own, oneSession ? shared : RuntimeApiColdBench.Client.newSession()));
  }

  /**
   * n calls at once of a route that does nothing ({@code GET /registry_prefix}), made as the starts
   * are: what accepting, routing and answering n calls at once costs on this machine.
   */
  private static long[] routeAtOnce(RuntimeApiColdBench.Client client, int n) throws Exception {
    List<Long> nanos =
        together(
            client,
            n,
            own -> {
              long begun = System.nanoTime();
              own.get("/registry_prefix");
              return System.nanoTime() - begun;
            });
    return nanos.stream().mapToLong(Long::longValue).toArray();
  }

  /** What one caller does, with its own client. */
  private interface Call<T> {
    T on(RuntimeApiColdBench.Client own) throws Exception;
  }

  /**
   * n callers released together, each with a connection of its own, opened beforehand as a client's
   * pooled one would be: the figures are the calls', not TCP handshakes'.
   */
  private static <T> List<T> together(RuntimeApiColdBench.Client client, int n, Call<T> call)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        RuntimeApiColdBench.Client own = new RuntimeApiColdBench.Client(client.api());
        own.get("/registry_prefix");
        futures.add(
            callers.submit(
                () -> {
                  go.await();
                  return call.on(own);
                }));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    }
  }

  private static void check(String run, List<Result> results, int expectedRuntimes) {
    for (Result r : results) {
      if (r.status() != 200 || r.runtimeId() == null || r.key() == null) {
        throw new IllegalStateException(run + ": a /start answered " + r.status());
      }
    }
    Set<String> keys = new HashSet<>();
    results.forEach(r -> keys.add(r.key()));
    if (distinct(results) != expectedRuntimes || keys.size() != expectedRuntimes) {
      throw new IllegalStateException(
          run
              + ": "
              + distinct(results)
              + " runtimes, "
              + keys.size()
              + " keys, expected "
              + expectedRuntimes);
    }
  }

  private static int distinct(List<Result> results) {
    Set<String> ids = new HashSet<>();
    results.forEach(r -> ids.add(r.runtimeId()));
    return ids.size();
  }

  private static long[] nanos(List<Result> results) {
    return results.stream().mapToLong(Result::nanos).toArray();
  }
}
