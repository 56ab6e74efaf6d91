package dev.jhands.testing.llm;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An LLM server on loopback that answers from a script, in OpenAI's Chat Completions protocol and
 * in Anthropic's Messages API, so tests can drive a real agent loop through a real LLM client
 * without a model.
 *
 * <pre>{@code
 * try (ScriptedLlmServer llm = ScriptedLlmServer.start()) {
 *   llm.enqueue(
 *       Turn.toolCalls(ToolCall.of("terminal", "{\"command\":\"ls\"}")),
 *       Turn.text("Done.").withUsage(120, 3));
 *   // point the client at llm.baseUrl(), run the agent ...
 *   assertThat(llm.requests().get(1).roles()).endsWith("assistant", "tool");
 * }
 * }</pre>
 *
 * <h2>Protocol</h2>
 *
 * <ul>
 *   <li>{@code POST /v1/chat/completions}: each request consumes the next turn, in order, whether
 *       it asks for a stream or not. A {@link Turn.Reply} becomes a {@code chat.completion} object,
 *       or with {@code "stream": true} a {@code text/event-stream} of {@code chat.completion.chunk}
 *       frames ending in {@code data: [DONE]}; the request's {@code model} is echoed. A {@link
 *       Turn.Failure} becomes its status with OpenAI's error body. One choice is always sent,
 *       whatever {@code n} asks.
 *   <li>{@code POST /v1/messages} (Anthropic): each request consumes the next turn from the same
 *       script. A reply becomes a {@code message} with {@code text} and {@code tool_use} content
 *       blocks, {@code stop_reason} {@code end_turn}, {@code tool_use} or {@code max_tokens} (for
 *       OpenAI's {@code stop}, {@code tool_calls}, {@code length}) and {@code usage} with {@code
 *       input_tokens} (without the cached part), {@code output_tokens} and {@code
 *       cache_read_input_tokens}; a failure becomes {@code {"type":"error","error":{"type",
 *       "message"}}} with Anthropic's error type for the status ({@code rate_limit_error}, {@code
 *       api_error}, {@code overloaded_error} for 529 ...). The API key, when set, is checked in
 *       {@code x-api-key}; {@code anthropic-version}, {@code model}, {@code messages} and {@code
 *       max_tokens} are required. With {@code "stream": true} the answer is Anthropic's event
 *       stream ({@code message_start}, content-block events with {@code text_delta} and {@code
 *       input_json_delta}, {@code message_delta}, {@code message_stop}).
 *   <li>When the script is empty (and no {@link #whenExhausted fallback} is set) the request is
 *       recorded and answered 500 with {@code code: script_exhausted}, so an unexpected extra call
 *       fails loudly instead of hanging the test.
 *   <li>Malformed requests (body not JSON, no {@code model} or {@code messages}) get a 400 and
 *       consume no turn, nor do requests failing the optional API-key check (401).
 *   <li>{@code GET /v1/models} lists the configured model names. The paths are also served without
 *       the {@code /v1} prefix, for clients configured with a bare host as base URL.
 *   <li>Usage figures are the scripted ones, else estimated: a token per four characters of the raw
 *       request body, and of the reply's text plus function names and arguments, at least 1.
 *   <li>Tool calls without a scripted id get {@code call_<sequence>_<index>} ({@code
 *       toolu_<sequence>_<index>} on the Messages API), where {@code sequence} is the request's
 *       {@link RecordedRequest#sequence()}.
 * </ul>
 *
 * <p>Thread-safe: requests are served concurrently on virtual threads (so a delayed turn does not
 * hold up others), and scripting and reading the record may happen from any thread.
 */
public final class ScriptedLlmServer implements AutoCloseable {

  /** The model listed by {@code GET /v1/models} unless the builder names others. */
  public static final String DEFAULT_MODEL = "scripted-model";

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<String> models;
  private final RequestChecks checks;
  private final Script script = new Script();
  private final RequestJournal journal = new RequestJournal();
  private final long startedAt = Instant.now().getEpochSecond();

  private ScriptedLlmServer(Builder builder) {
    this.models = List.copyOf(builder.models);
    this.checks = new RequestChecks(builder.apiKey);
    try {
      // Loopback only and an ephemeral port: parallel test forks never collide, nothing is exposed.
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind the scripted LLM server", e);
    }
    executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server with the default model and no API-key check. */
  public static ScriptedLlmServer start() {
    return builder().start();
  }

  /** A builder for a server with its own model names or an API-key check. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL an OpenAI client takes: {@code http://127.0.0.1:<port>/v1}. */
  public String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + port() + "/v1";
  }

  /**
   * The server's root, {@code http://127.0.0.1:<port>}: what an OpenHands user gives as an
   * Anthropic {@code base_url} (LiteLLM appends {@code /v1/messages}). LangChain4j's Anthropic
   * client appends only {@code messages}, so it takes {@link #baseUrl()} instead.
   */
  public String rootUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + port();
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Appends turns to the script; they are consumed one per model call, in either protocol. */
  public ScriptedLlmServer enqueue(Turn... turns) {
    for (Turn turn : turns) {
      Objects.requireNonNull(turn, "turn");
      enqueue(request -> turn);
    }
    return this;
  }

  /** Appends a turn decided from the request it answers. */
  public ScriptedLlmServer enqueue(Responder responder) {
    synchronized (script) {
      script.add(responder);
    }
    return this;
  }

  /**
   * Answers every request after the script runs out with {@code responder}, instead of the
   * script-exhausted 500; {@code null} restores the 500.
   */
  public ScriptedLlmServer whenExhausted(Responder responder) {
    synchronized (script) {
      script.whenExhausted(responder);
    }
    return this;
  }

  /** The number of enqueued turns not yet consumed. */
  public int remainingTurns() {
    synchronized (script) {
      return script.remaining();
    }
  }

  /** The model calls (chat completions and messages) received so far, in arrival order. */
  public List<RecordedRequest> requests() {
    return journal.modelCalls();
  }

  /** Every request received so far (model listings, rejected paths ...), in arrival order. */
  public List<RecordedRequest> allRequests() {
    return journal.all();
  }

  /** The latest model call. */
  public RecordedRequest lastRequest() {
    List<RecordedRequest> requests = requests();
    if (requests.isEmpty()) {
      throw new AssertionError("no model call (chat completion or messages) was received");
    }
    return requests.get(requests.size() - 1);
  }

  /**
   * Waits until at least {@code count} model calls have arrived, for agents that call from their
   * own threads.
   *
   * @return the model calls at that moment (at least {@code count})
   * @throws AssertionError if they do not arrive within {@code timeout}
   */
  public List<RecordedRequest> awaitRequests(int count, Duration timeout) {
    return journal.awaitModelCalls(count, timeout);
  }

  /** Stops the server at once, releasing its port; open streams are cut. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      JsonNode json = parseOrNull(body);
      Optional<RequestChecks.Rejection> rejection =
          checks.reject(method, path, exchange.getRequestHeaders(), json);

      RecordedRequest request;
      Optional<Responder> responder = Optional.empty();
      int enqueued;
      // One lock for numbering and taking a turn, so request k always gets turn k.
      synchronized (script) {
        request = journal.record(method, path, exchange.getRequestHeaders(), body, json);
        if (rejection.isEmpty() && request.isModelCall()) {
          responder = script.next();
        }
        enqueued = script.enqueued();
      }

      if (rejection.isPresent()) {
        sendError(exchange, request, rejection.get().failure());
      } else if (RequestChecks.isModelsPath(path)) {
        sendJson(exchange, request, 200, OpenAiWire.models(models, startedAt));
      } else if (responder.isEmpty()) {
        String message =
            ("ScriptedLlmServer: script exhausted: request #%d (%s %s) has no scripted turn;"
                    + " %d turn(s) were enqueued in all. Enqueue more turns or set"
                    + " whenExhausted(...).")
                .formatted(request.sequence(), method, path, enqueued);
        sendError(exchange, request, Turn.error(500, "script_exhausted", message));
      } else {
        answer(exchange, request, responder.get());
      }
    } catch (IOException e) {
      // The client went away (e.g. cancelled a stream): there is no one left to answer.
    } catch (InterruptedException e) {
      // The server is closing while a delayed turn waited.
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // A bug here would otherwise only show as a dropped connection in some client's log.
      System.err.println("ScriptedLlmServer: failed to answer a request");
      e.printStackTrace();
    }
  }

  private void answer(HttpExchange exchange, RecordedRequest request, Responder responder)
      throws IOException, InterruptedException {
    Turn turn;
    try {
      turn = Objects.requireNonNull(responder.respond(request), "the responder returned null");
    } catch (RuntimeException e) {
      String message =
          "ScriptedLlmServer: the responder failed for request #%d: %s"
              .formatted(request.sequence(), e);
      sendError(exchange, request, Turn.error(500, "responder_failed", message));
      return;
    }
    sleep(turn.delay());
    switch (turn) {
      case Turn.Failure failure -> sendError(exchange, request, failure);
      case Turn.Reply reply -> sendReply(exchange, request, reply);
    }
  }

  private void sendReply(HttpExchange exchange, RecordedRequest request, Turn.Reply reply)
      throws IOException, InterruptedException {
    List<String> toolCallIds = new ArrayList<>();
    for (int i = 0; i < reply.toolCalls().size(); i++) {
      String id = reply.toolCalls().get(i).id();
      String prefix = request.isMessages() ? "toolu_" : "call_";
      toolCallIds.add(id != null ? id : prefix + request.sequence() + "_" + i);
    }
    OpenAiWire.Completion completion =
        new OpenAiWire.Completion(
            (request.isMessages() ? "msg_scripted_" : "chatcmpl-scripted-") + request.sequence(),
            Instant.now().getEpochSecond(),
            request.model(),
            reply,
            List.copyOf(toolCallIds),
            reply.usage() != null ? reply.usage() : OpenAiWire.estimate(request.body(), reply));

    if (!request.stream()) {
      String body =
          request.isMessages()
              ? AnthropicWire.message(completion)
              : OpenAiWire.completion(completion);
      sendJson(exchange, request, 200, body);
      return;
    }
    List<String> frames = new ArrayList<>();
    if (request.isMessages()) {
      frames.addAll(AnthropicStream.frames(completion));
    } else {
      for (String chunk : OpenAiWire.chunks(completion, request.includeUsage())) {
        frames.add("data: " + chunk + "\n\n");
      }
      frames.add("data: [DONE]\n\n");
    }
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.getResponseHeaders().set("x-request-id", requestId(request));
    exchange.sendResponseHeaders(200, 0); // length 0: chunked, frames go out as written
    OutputStream out = exchange.getResponseBody();
    for (int i = 0; i < frames.size(); i++) {
      if (i > 0) {
        sleep(reply.chunkDelay());
      }
      out.write(frames.get(i).getBytes(UTF_8));
      out.flush();
    }
  }

  private void sendError(HttpExchange exchange, RecordedRequest request, Turn.Failure failure)
      throws IOException {
    if (failure.retryAfter() != null) {
      long millis = failure.retryAfter().toMillis();
      exchange.getResponseHeaders().set("Retry-After", Long.toString((millis + 999) / 1000));
      exchange.getResponseHeaders().set("retry-after-ms", Long.toString(millis));
    }
    String body =
        request.api() == RecordedRequest.Api.MESSAGES
            ? AnthropicWire.error(failure)
            : OpenAiWire.error(failure.message(), failure.type(), failure.param(), failure.code());
    sendJson(exchange, request, failure.status(), body);
  }

  private static void sendJson(
      HttpExchange exchange, RecordedRequest request, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("x-request-id", requestId(request));
    if (request.api() == RecordedRequest.Api.MESSAGES) {
      exchange.getResponseHeaders().set("request-id", requestId(request));
    }
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static String requestId(RecordedRequest request) {
    return "req_scripted_" + request.sequence();
  }

  private static JsonNode parseOrNull(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      return OpenAiWire.JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static void sleep(Duration duration) throws InterruptedException {
    if (!duration.isZero() && !duration.isNegative()) {
      Thread.sleep(duration);
    }
  }

  /** Configures a {@link ScriptedLlmServer}. */
  public static final class Builder {

    private List<String> models = List.of(DEFAULT_MODEL);
    private String apiKey;

    private Builder() {}

    /** The model names {@code GET /v1/models} lists. */
    public Builder models(String... names) {
      if (names.length == 0) {
        throw new IllegalArgumentException("list at least one model");
      }
      this.models = Arrays.asList(names.clone());
      return this;
    }

    /**
     * Requires {@code Authorization: Bearer <key>} on every OpenAI request and {@code x-api-key:
     * <key>} on every Anthropic one; others get the provider's 401 and consume no turn.
     */
    public Builder apiKey(String key) {
      this.apiKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /** Starts the server. */
    public ScriptedLlmServer start() {
      return new ScriptedLlmServer(this);
    }
  }
}
