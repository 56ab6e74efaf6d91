package dev.jhands.bench;

import dev.jhands.testing.llm.RecordedRequest;
import dev.jhands.testing.llm.ScriptedLlmServer;
import dev.jhands.testing.llm.ToolCall;
import dev.jhands.testing.llm.Turn;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agent server's figures: overhead per agent step (an LLM that answers at once, a {@code true}
 * command), event to WebSocket client, one conversation with 100 subscribers, 50 conversations
 * running at once, and RSS. Runs the packaged agent server and action-execution server as their own
 * processes, with the sandbox JVM options, and the scripted LLM in this JVM.
 *
 * <p>Usage: {@code ./jhands bench agent-server [steps] [messages] [subscribers] [conversations]}.
 */
public final class AgentServerBench {

  private static final String KEY = "bench-aes-key";
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{32,36})\"");

  private final HttpClient http = HttpClient.newHttpClient();
  private ServiceProcess agent;

  public static void main(String[] args) throws Exception {
    int steps = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int messages = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int subscribers = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int conversations = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    new AgentServerBench().run(steps, messages, subscribers, conversations);
  }

  private void run(int steps, int messages, int subscribers, int conversations) throws Exception {
    Path work = Files.createTempDirectory("jhands-bench-agent");
    Path workspace = Files.createDirectories(work.resolve("workspace"));
    List<String> jvm = ActionExecutionBench.SANDBOX_JVM_OPTIONS;
    try (ScriptedLlmServer llm = ScriptedLlmServer.start();
        ServiceProcess aes =
            ServiceProcess.start(
                Path.of("action-execution-server/target/quarkus-app/quarkus-run.jar"),
                jvm,
                Map.of("SESSION_API_KEY", KEY, "JHANDS_ACTION_WORKING_DIR", workspace.toString()),
                work.resolve("aes.log"))) {
      aes.awaitReady("/alive", Duration.ofSeconds(60));
      agent =
          ServiceProcess.start(
              Path.of("agent-server/target/quarkus-app/quarkus-run.jar"),
              jvm,
              Map.of(
                  "OH_CONVERSATIONS_PATH", work.resolve("conversations").toString(),
                  "OH_BASH_EVENTS_DIR", work.resolve("bash_events").toString(),
                  "OH_ACTION_EXECUTION_URL", aes.uri("").toString(),
                  "JHANDS_AGENT_ACTION_EXECUTION_API_KEY", KEY),
              work.resolve("agent.log"));
      Duration ready = agent.awaitReady("/alive", Duration.ofSeconds(60));
      Thread.sleep(2000);
      long idleRss = agent.rssBytes();
      System.out.printf(
          Locale.ROOT,
          "## agent-server%n%nJVM %s, options %s, %d cores; start to /alive %.0f ms%n%n",
          System.getProperty("java.version"),
          String.join(" ", jvm),
          Runtime.getRuntime().availableProcessors(),
          ready.toNanos() / 1e6);

      // Every conversation runs `true` until it has seen `steps` results, then finishes.
      int[] budget = {steps};
      llm.whenExhausted(request -> next(request, budget[0]));

      System.out.println(Percentiles.header());
      Percentiles direct = aesTrue(aes, 300);
      System.out.println(direct.row("action server `true` alone"));
      Percentiles llmAlone = llmAlone(llm, 300);
      System.out.println(llmAlone.row("scripted LLM call alone"));

      budget[0] = 20;
      steps(llm, workspace, 1, 20); // warm-up
      budget[0] = steps;
      Percentiles step = steps(llm, workspace, 1, steps);
      System.out.println(step.row("agent step (LLM + `true` + events)"));

      String id = create(llm, workspace);
      WsRecorder socket = WsRecorder.connect(http, ws(id));
      Percentiles post = Percentiles.of(new long[] {1});
      long[] toSocket = new long[messages];
      long[] answered = new long[messages];
      for (int i = 0; i < messages; i++) {
        String marker = "m-" + i + "-" + System.nanoTime();
        long start = System.nanoTime();
        send(id, marker, false);
        answered[i] = System.nanoTime() - start;
        toSocket[i] = await(socket, marker) - start;
      }
      socket.close();
      post = Percentiles.of(answered);
      System.out.println(post.row("POST event → HTTP answer"));
      System.out.println(Percentiles.of(toSocket).row("POST event → WebSocket frame"));

      System.out.println(
          fanOut(llm, workspace, subscribers, Math.min(messages, 200))
              .row("event → all " + subscribers + " subscribers"));

      budget[0] = 20;
      long wall = System.nanoTime();
      Percentiles parallel = steps(llm, workspace, conversations, 20);
      wall = System.nanoTime() - wall;
      System.out.println(parallel.row(conversations + " conversations at once, per step"));
      System.out.printf(
          Locale.ROOT,
          "%n%d conversations × 20 steps at once: %.1f s wall, %.0f steps/s%n",
          conversations,
          wall / 1e9,
          conversations * 20 / (wall / 1e9));
      System.out.printf(
          Locale.ROOT,
          "Estimated agent overhead per step (step p50 − action p50 − LLM p50): %.2f ms%n",
          step.p50() - direct.p50() - llmAlone.p50());
      System.out.printf(
          "RSS idle after start: %s MB; after the runs above: %s MB%n",
          mb(idleRss), mb(agent.rssBytes()));
    } finally {
      if (agent != null) {
        agent.close();
      }
    }
  }

  private static Turn next(RecordedRequest request, int steps) {
    long results = request.roles().stream().filter("tool"::equals).count();
    if (results < steps) {
      return Turn.toolCalls(ToolCall.of("terminal", "{\"command\":\"true\"}"));
    }
    return Turn.toolCalls(ToolCall.of("finish", "{\"message\":\"done\"}"));
  }

  /** Runs {@code count} conversations of {@code steps} steps at once; time between steps. */
  private Percentiles steps(ScriptedLlmServer llm, Path workspace, int count, int steps)
      throws Exception {
    List<String> ids = new ArrayList<>();
    List<WsRecorder> sockets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = create(llm, workspace);
      ids.add(id);
      sockets.add(WsRecorder.connect(http, ws(id)));
    }
    for (String id : ids) {
      send(id, "go", true);
    }
    List<Long> deltas = new ArrayList<>();
    for (WsRecorder socket : sockets) {
      await(socket, "\"finished\"");
      long previous = -1;
      for (WsRecorder.Frame frame : socket.frames) {
        if (frame.text().contains("\"kind\":\"ActionEvent\"")
            || frame.text().contains("\"kind\" : \"ActionEvent\"")) {
          if (previous > 0) {
            deltas.add(frame.nanos() - previous);
          }
          previous = frame.nanos();
        }
      }
      socket.close();
    }
    if (deltas.isEmpty()) {
      throw new IllegalStateException("no steps were observed");
    }
    return Percentiles.of(deltas.stream().mapToLong(Long::longValue).toArray());
  }

  private Percentiles fanOut(ScriptedLlmServer llm, Path workspace, int subscribers, int messages)
      throws Exception {
    String id = create(llm, workspace);
    List<WsRecorder> sockets = new ArrayList<>();
    for (int i = 0; i < subscribers; i++) {
      sockets.add(WsRecorder.connect(http, ws(id)));
    }
    long[] latencies = new long[messages];
    for (int i = 0; i < messages; i++) {
      String marker = "fan-" + i + "-" + System.nanoTime();
      long start = System.nanoTime();
      send(id, marker, false);
      long last = 0;
      for (WsRecorder socket : sockets) {
        last = Math.max(last, await(socket, marker));
      }
      latencies[i] = last - start;
    }
    sockets.forEach(WsRecorder::close);
    return Percentiles.of(latencies);
  }

  private Percentiles aesTrue(ServiceProcess aes, int calls) throws Exception {
    return time(
        HttpRequest.newBuilder(aes.uri("/execute_action"))
            .header("X-Session-API-Key", KEY)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"action\": {\"action\": \"run\", \"args\": {\"command\": \"true\"}}}")),
        calls);
  }

  private Percentiles llmAlone(ScriptedLlmServer llm, int calls) throws Exception {
    return time(
        HttpRequest.newBuilder(URI.create(llm.baseUrl() + "/chat/completions"))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"model\":\"scripted-model\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")),
        calls);
  }

  /** Sends the same JSON request {@code calls} times, one after another. */
  private Percentiles time(HttpRequest.Builder request, int calls) throws Exception {
    HttpRequest built = request.header("Content-Type", "application/json").build();
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      check(http.send(built, HttpResponse.BodyHandlers.ofString()));
      nanos[i] = System.nanoTime() - start;
    }
    return Percentiles.of(nanos);
  }

  private String create(ScriptedLlmServer llm, Path workspace) throws Exception {
    String body =
        """
        {"agent": {"llm": {"model": "openai/scripted-model", "base_url": "%s", "num_retries": 0},
                   "tools": [{"name": "terminal"}]},
         "workspace": {"kind": "LocalWorkspace", "working_dir": "%s"},
         "stuck_detection": false, "max_iterations": 100000}
        """
            .formatted(llm.baseUrl(), workspace);
    String answer = post("/api/conversations", body);
    Matcher id = ID.matcher(answer);
    if (!id.find()) {
      throw new IllegalStateException("no id in " + answer);
    }
    return id.group(1);
  }

  private void send(String id, String text, boolean run) throws Exception {
    post(
        "/api/conversations/" + id + "/events",
        "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\""
            + text
            + "\"}],\"run\":"
            + run
            + "}");
  }

  private String post(String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(agent.uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return check(http.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  private URI ws(String id) {
    return URI.create(agent.uri("/sockets/events/" + id).toString().replace("http:", "ws:"));
  }

  private static long await(WsRecorder socket, String marker) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      long at = socket.arrivalOf(marker);
      if (at > 0) {
        return at;
      }
      Thread.sleep(1);
    }
    throw new IllegalStateException("no frame with " + marker);
  }

  private static String check(HttpResponse<String> response) throws IOException {
    if (response.statusCode() / 100 != 2) {
      throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
  }
}
