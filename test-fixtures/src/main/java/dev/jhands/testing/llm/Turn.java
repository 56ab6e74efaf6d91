package dev.jhands.testing.llm;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One scripted answer of the {@link ScriptedLlmServer}: either an assistant {@link Reply} or an
 * HTTP {@link Failure}. Each chat-completion request consumes exactly one turn, streaming or not,
 * so the same script drives both kinds of client.
 */
public sealed interface Turn permits Turn.Reply, Turn.Failure {

  /** How long the server waits before it starts answering; zero for none. */
  Duration delay();

  /** An assistant message with text only, finishing with {@code stop}. */
  static Reply text(String content) {
    return new Reply(Objects.requireNonNull(content, "content"), List.of(), null, null, null, null);
  }

  /** An assistant message with one or more (parallel) tool calls and no text. */
  static Reply toolCalls(ToolCall... calls) {
    if (calls.length == 0) {
      throw new IllegalArgumentException("a tool-call turn needs at least one call");
    }
    return new Reply(null, List.of(calls), null, null, null, null);
  }

  /** An assistant message with text and tool calls, as some models send ("Let me look: ..."). */
  static Reply textAndToolCalls(String content, ToolCall... calls) {
    return new Reply(content, List.of(calls), null, null, null, null);
  }

  /** Text cut off by the output-token limit: {@code finish_reason} is {@code length}. */
  static Reply truncated(String content) {
    return text(content).withFinishReason("length");
  }

  /**
   * An error answer in OpenAI's shape; the {@code type} follows from the status (see {@link
   * Failure#defaultType(int)}).
   *
   * @param status the HTTP status, 400 to 599
   * @param code the {@code error.code}, e.g. {@code rate_limit_exceeded}; may be null
   * @param message the {@code error.message}
   */
  static Failure error(int status, String code, String message) {
    return new Failure(status, Failure.defaultType(status), code, null, message, null, null);
  }

  /** A 429 as OpenAI sends when a request-rate limit is hit. */
  static Failure rateLimited() {
    return error(
        429,
        "rate_limit_exceeded",
        "Rate limit reached for requests on the scripted model. Please try again in 1s.");
  }

  /** A 429 with a {@code Retry-After} the client should honour. */
  static Failure rateLimited(Duration retryAfter) {
    return rateLimited().withRetryAfter(retryAfter);
  }

  /** A 500 as OpenAI sends for an internal failure ({@code code} is null there). */
  static Failure serverError() {
    return error(
        500,
        null,
        "The server had an error while processing your request. Sorry about that! (scripted)");
  }

  /** A 503 as OpenAI sends when overloaded. */
  static Failure serviceUnavailable() {
    return error(503, null, "The engine is currently overloaded, please try again later.");
  }

  /**
   * A 529 as Anthropic sends when its API is overloaded ({@code overloaded_error}); clients retry
   * it like a 5xx.
   */
  static Failure overloaded() {
    return error(529, null, "Overloaded").withType("overloaded_error");
  }

  /**
   * A 400 {@code context_length_exceeded}: the agent must condense its history and retry. The
   * message uses OpenAI's wording because LiteLLM-style clients recognise the error by its text; on
   * the Messages API it is sent with Anthropic's ("prompt is too long: ...") instead.
   */
  static Failure contextWindowExceeded() {
    return new Failure(
        400,
        "invalid_request_error",
        "context_length_exceeded",
        "messages",
        "This model's maximum context length is 8192 tokens. However, your messages resulted in"
            + " 9000 tokens. Please reduce the length of the messages.",
        null,
        null);
  }

  /**
   * An assistant message.
   *
   * @param content the text, or {@code null} (sent as JSON null, as OpenAI does for tool calls)
   * @param toolCalls the calls, possibly empty
   * @param finishReason {@code stop}, {@code tool_calls}, {@code length}, or {@code null} to derive
   *     it ({@code tool_calls} when there are calls, else {@code stop})
   * @param usage exact token figures, or {@code null} to estimate them
   * @param delay wait before answering, or {@code null} for none
   * @param chunkDelay when streamed, wait between two frames, or {@code null} for none; lets a test
   *     act (e.g. cancel) while a stream is open
   */
  record Reply(
      String content,
      List<ToolCall> toolCalls,
      String finishReason,
      Usage usage,
      Duration delay,
      Duration chunkDelay)
      implements Turn {

    /** Normalises absent values so the server never meets a null list or duration. */
    public Reply {
      toolCalls = List.copyOf(toolCalls == null ? List.of() : toolCalls);
      delay = delay == null ? Duration.ZERO : delay;
      chunkDelay = chunkDelay == null ? Duration.ZERO : chunkDelay;
    }

    /** The {@code finish_reason} sent: the scripted one, or the protocol's natural one. */
    public String effectiveFinishReason() {
      if (finishReason != null) {
        return finishReason;
      }
      return toolCalls.isEmpty() ? "stop" : "tool_calls";
    }

    /** The same reply reporting exact token figures instead of estimated ones. */
    public Reply withUsage(Usage newUsage) {
      return new Reply(content, toolCalls, finishReason, newUsage, delay, chunkDelay);
    }

    /** The same reply reporting {@code prompt} and {@code completion} tokens. */
    public Reply withUsage(int prompt, int completion) {
      return withUsage(Usage.of(prompt, completion));
    }

    /** The same reply with another {@code finish_reason}. */
    public Reply withFinishReason(String newFinishReason) {
      return new Reply(content, toolCalls, newFinishReason, usage, delay, chunkDelay);
    }

    /** The same reply, sent after {@code newDelay}. */
    public Reply withDelay(Duration newDelay) {
      return new Reply(content, toolCalls, finishReason, usage, newDelay, chunkDelay);
    }

    /** The same reply, streamed with {@code newChunkDelay} between frames. */
    public Reply withChunkDelay(Duration newChunkDelay) {
      return new Reply(content, toolCalls, finishReason, usage, delay, newChunkDelay);
    }
  }

  /**
   * An error answer: status plus {@code {"error":{"message","type","param","code"}}}.
   *
   * @param status the HTTP status, 400 to 599
   * @param type the {@code error.type}, e.g. {@code invalid_request_error}
   * @param code the {@code error.code}, or {@code null}
   * @param param the {@code error.param}, or {@code null}
   * @param message the {@code error.message}
   * @param retryAfter sent as {@code Retry-After} (whole seconds, rounded up) and {@code
   *     retry-after-ms}, or {@code null} for no such header
   * @param delay wait before answering, or {@code null} for none
   */
  record Failure(
      int status,
      String type,
      String code,
      String param,
      String message,
      Duration retryAfter,
      Duration delay)
      implements Turn {

    /** Only error statuses: a 2xx "failure" would confuse every client. */
    public Failure {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("an error status is 400..599, not " + status);
      }
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(message, "message");
      delay = delay == null ? Duration.ZERO : delay;
    }

    /**
     * OpenAI's {@code error.type} for a status: {@code requests} for 429 (rate limits name the
     * exhausted resource), {@code server_error} for 5xx, else {@code invalid_request_error}.
     */
    public static String defaultType(int status) {
      if (status == 429) {
        return "requests";
      }
      return status >= 500 ? "server_error" : "invalid_request_error";
    }

    /** The same failure with a {@code Retry-After}. */
    public Failure withRetryAfter(Duration newRetryAfter) {
      return new Failure(status, type, code, param, message, newRetryAfter, delay);
    }

    /** The same failure with another {@code error.type}. */
    public Failure withType(String newType) {
      return new Failure(status, newType, code, param, message, retryAfter, delay);
    }

    /** The same failure with an {@code error.param}. */
    public Failure withParam(String newParam) {
      return new Failure(status, type, code, newParam, message, retryAfter, delay);
    }

    /** The same failure, sent after {@code newDelay}. */
    public Failure withDelay(Duration newDelay) {
      return new Failure(status, type, code, param, message, retryAfter, newDelay);
    }
  }
}
