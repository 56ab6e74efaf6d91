package dev.jhands.events.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON settings every jhands service uses on the wire.
 *
 * <p>The wire types carry their own names and discriminators as annotations, so any {@link
 * ObjectMapper} reads them; this class only fixes the two settings that change behaviour. Unknown
 * properties are ignored because OpenHands clients of newer versions send fields this model does
 * not know yet; the few places where the contract demands strictness (sandbox action arguments)
 * enforce it themselves.
 */
public final class Wire {

  private static final ObjectMapper MAPPER = configure(JsonMapper.builder().build());

  private Wire() {}

  /** A shared, thread-safe mapper with the wire settings. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Applies the wire settings to a mapper a framework created (for example Quarkus's). */
  public static ObjectMapper configure(ObjectMapper mapper) {
    return mapper
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
