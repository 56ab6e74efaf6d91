package dev.jhands.events.secret;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A secret string on the wire (pydantic's {@code SecretStr}): an LLM API key, AWS keys, a {@link
 * StaticSecret}'s value.
 *
 * <p><b>Writing</b> gives {@value Secrets#MASK} unless the writer carries the serialization
 * attribute {@link Secrets#EXPOSE} set to {@code true} (see {@link Secrets#exposing}), in which
 * case the plain value is written. So a value cannot leak through a default {@code
 * writeValueAsString}, {@code valueToTree} or {@link #toString()}, which is masked too.
 *
 * <p><b>Reading</b> accepts a plain string. A blank string reads as null, as in the SDK. The mask
 * itself reads as {@link #REDACTED}, which writes back as the mask in either mode, so a masked
 * document round-trips unchanged; callers that need the real value check {@link #isRedacted()}
 * first (the SDK turns the mask into None instead).
 */
@JsonSerialize(using = SecretValue.Writer.class)
@JsonDeserialize(using = SecretValue.Reader.class)
public final class SecretValue {

  /** The value of a secret that was masked before it reached us. */
  public static final SecretValue REDACTED = new SecretValue(Secrets.MASK);

  private final String value;

  private SecretValue(String value) {
    this.value = value;
  }

  /** Wraps a plain secret; the mask itself becomes {@link #REDACTED}. */
  public static SecretValue of(String plain) {
    if (plain == null) {
      throw new IllegalArgumentException("a secret value cannot be null");
    }
    return Secrets.MASK.equals(plain) ? REDACTED : new SecretValue(plain);
  }

  /** Like {@link #of}, but null or blank input gives null, as the SDK's validator does. */
  public static SecretValue ofNullable(String plain) {
    return plain == null || plain.isBlank() ? null : of(plain);
  }

  /** The plain value; for the mask this is the mask, so check {@link #isRedacted()} first. */
  public String reveal() {
    return value;
  }

  /** Whether only the mask is known, not the secret. */
  public boolean isRedacted() {
    return Secrets.MASK.equals(value);
  }

  @Override
  public boolean equals(Object other) {
    // Constant-time, so comparing keys does not leak their prefix through timing.
    return other instanceof SecretValue that
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return Secrets.MASK;
  }

  static final class Writer extends JsonSerializer<SecretValue> {
    @Override
    public void serialize(SecretValue secret, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(Secrets.exposed(provider) ? secret.value : Secrets.MASK);
    }
  }

  static final class Reader extends JsonDeserializer<SecretValue> {
    @Override
    public SecretValue deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (SecretValue) context.handleUnexpectedToken(SecretValue.class, parser);
      }
      return ofNullable(parser.getText());
    }
  }
}
