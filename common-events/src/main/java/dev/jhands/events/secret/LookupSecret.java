package dev.jhands.events.secret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A secret fetched when needed with an HTTP GET: {@code {"kind": "LookupSecret", "url": "...",
 * "headers": {...}, "description": null}}. The app server uses it for {@code GIT_TOKEN}, with an
 * {@code X-Access-Token} header.
 *
 * <p>Header values stay plain strings in memory because the lookup must send them; on output, the
 * values of headers whose names look secret ({@link Secrets#isSecretName}) are masked unless
 * secrets are exposed, and {@link #toString()} masks them too.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LookupSecret(
    String description,
    String url,
    @JsonSerialize(using = SecretHeadersSerializer.class) Map<String, String> headers)
    implements SecretSource {

  public LookupSecret {
    headers =
        headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  public static LookupSecret of(String url, Map<String, String> headers) {
    return new LookupSecret(null, url, headers);
  }

  @Override
  public String toString() {
    Map<String, String> shown =
        headers.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    e -> Secrets.isSecretName(e.getKey()) ? Secrets.MASK : e.getValue(),
                    (a, b) -> a,
                    LinkedHashMap::new));
    return "LookupSecret[description=" + description + ", url=" + url + ", headers=" + shown + "]";
  }
}
