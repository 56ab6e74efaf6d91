package dev.jhands.agent.tool;

import dev.jhands.events.secret.LookupSecret;
import dev.jhands.events.secret.SecretSource;
import dev.jhands.events.secret.StaticSecret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A conversation's secrets as the tools use them: exported to the shell for commands that name
 * them, and masked out of everything the tools send back, so that no value reaches the events, the
 * sockets, the webhooks or the LLM. A LookupSecret is fetched (HTTP GET with its headers) each time
 * a command needs it, as the SDK does; every value ever seen stays masked.
 */
public final class SecretEnvironment {

  public static final String HIDDEN = "<secret-hidden>";
  private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(10);

  private final Supplier<Map<String, SecretSource>> sources;
  private final Set<String> seenValues = ConcurrentHashMap.newKeySet();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(LOOKUP_TIMEOUT).build();

  /** The sources are read on each use: secrets updated mid-conversation apply at once. */
  public SecretEnvironment(Supplier<Map<String, SecretSource>> sources) {
    this.sources = sources;
    sources.get().values().stream()
        .filter(StaticSecret.class::isInstance)
        .map(s -> ((StaticSecret) s).value().reveal())
        .forEach(this::remember);
  }

  /** The secrets a command mentions by name, with their values, to export before it runs. */
  public Map<String, String> mentionedIn(String command) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, SecretSource> entry : sources.get().entrySet()) {
      String name = entry.getKey();
      if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(command).find()) {
        values.put(name, value(name, entry.getValue()));
      }
    }
    return values;
  }

  /** The text with every known secret value replaced by {@value #HIDDEN}, longest first. */
  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    sources.get().values().stream()
        .filter(StaticSecret.class::isInstance)
        .map(s -> ((StaticSecret) s).value().reveal())
        .forEach(this::remember);
    String masked = text;
    for (String value :
        seenValues.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      masked = masked.replace(value, HIDDEN);
    }
    return masked;
  }

  private String value(String name, SecretSource source) {
    String value =
        switch (source) {
          case StaticSecret s -> s.value().reveal();
          case LookupSecret l -> lookup(name, l);
        };
    remember(value);
    return value;
  }

  private String lookup(String name, LookupSecret secret) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(secret.url())).timeout(LOOKUP_TIMEOUT).GET();
    secret.headers().forEach(request::header);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "Secret " + name + ": lookup answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("Secret " + name + ": lookup failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Secret " + name + ": lookup interrupted", e);
    }
  }

  private void remember(String value) {
    // Masking one- or two-character values would garble ordinary text everywhere.
    if (value != null && value.length() >= 3) {
      seenValues.add(value);
    }
  }
}
