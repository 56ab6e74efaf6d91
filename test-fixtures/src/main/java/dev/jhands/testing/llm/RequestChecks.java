package dev.jhands.testing.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import dev.jhands.testing.llm.RecordedRequest.Api;
import java.util.List;
import java.util.Optional;

/**
 * The checks a provider makes before it looks at the model: path, key, method and the required body
 * fields. A request failing one gets the provider's error and consumes no turn.
 */
final class RequestChecks {

  /** Why a request gets no turn. */
  record Rejection(int status, String code, String param, String message) {

    /** The failure to send; the type follows the status in the protocol's own vocabulary. */
    Turn.Failure failure() {
      return Turn.error(status, code, message).withParam(param);
    }
  }

  private final String apiKey;

  /** {@code apiKey} is the key every request must carry, or null for no check. */
  RequestChecks(String apiKey) {
    this.apiKey = apiKey;
  }

  static boolean isModelsPath(String path) {
    return "/v1/models".equals(path) || "/models".equals(path);
  }

  Optional<Rejection> reject(String method, String path, Headers headers, JsonNode json) {
    Api api = Api.of(path);
    if (api == Api.OTHER && !isModelsPath(path)) {
      return reject(404, null, null, "Invalid URL (%s %s)".formatted(method, path));
    }
    Optional<Rejection> key = api == Api.MESSAGES ? anthropicKey(headers) : openAiKey(headers);
    if (key.isPresent()) {
      return key;
    }
    String expected = api == Api.OTHER ? "GET" : "POST";
    if (!expected.equals(method)) {
      return reject(
          405,
          null,
          null,
          "Invalid method for URL (%s %s): use %s".formatted(method, path, expected));
    }
    return switch (api) {
      case CHAT_COMPLETIONS -> chatBody(json);
      case MESSAGES -> messagesBody(headers, json);
      case OTHER -> Optional.empty();
    };
  }

  private Optional<Rejection> openAiKey(Headers headers) {
    if (apiKey == null) {
      return Optional.empty();
    }
    String authorization = headers.getFirst("Authorization");
    if (authorization != null && authorization.equals("Bearer " + apiKey)) {
      return Optional.empty();
    }
    return reject(
        401,
        "invalid_api_key",
        null,
        authorization == null
            ? "You didn't provide an API key. You need to provide your API key in an"
                + " Authorization header using Bearer auth."
            : "Incorrect API key provided.");
  }

  private Optional<Rejection> anthropicKey(Headers headers) {
    if (apiKey == null) {
      return Optional.empty();
    }
    String sent = headers.getFirst("x-api-key");
    if (apiKey.equals(sent)) {
      return Optional.empty();
    }
    return reject(
        401, null, null, sent == null ? "x-api-key header is required" : "invalid x-api-key");
  }

  private static Optional<Rejection> chatBody(JsonNode json) {
    if (json == null || !json.isObject()) {
      return reject(
          400,
          null,
          null,
          "We could not parse the JSON body of your request. The OpenAI API expects a"
              + " JSON payload.");
    }
    for (String field : List.of("model", "messages")) {
      boolean present =
          field.equals("model") ? json.path(field).isTextual() : json.path(field).isArray();
      if (!present) {
        return reject(
            400,
            "missing_required_parameter",
            field,
            "Missing required parameter: '" + field + "'.");
      }
    }
    return Optional.empty();
  }

  private static Optional<Rejection> messagesBody(Headers headers, JsonNode json) {
    if (headers.getFirst("anthropic-version") == null) {
      return reject(400, null, null, "anthropic-version: header is required");
    }
    if (json == null || !json.isObject()) {
      return reject(400, null, null, "There was an error parsing the body: not a JSON object");
    }
    if (!json.path("model").isTextual()) {
      return reject(400, null, "model", "model: Field required");
    }
    if (!json.path("messages").isArray()) {
      return reject(400, null, "messages", "messages: Field required");
    }
    if (!json.path("max_tokens").canConvertToInt() || !json.path("max_tokens").isIntegralNumber()) {
      return reject(400, null, "max_tokens", "max_tokens: Field required");
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(int status, String code, String param, String message) {
    return Optional.of(new Rejection(status, code, param, message));
  }
}
