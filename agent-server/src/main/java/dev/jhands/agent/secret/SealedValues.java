package dev.jhands.agent.secret;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.jhands.events.secret.SecretValue;
import dev.jhands.events.secret.Secrets;
import java.io.IOException;
import java.util.Map;
import org.jboss.logging.Logger;

/** The Jackson (de)serializers {@link DiskSecrets} puts on secrets, with the cipher it carries. */
final class SealedValues {

  private static final Logger LOG = Logger.getLogger(SealedValues.class);

  private SealedValues() {}

  private static FernetCipher cipher(DatabindContext context) {
    return (FernetCipher) context.getAttribute(DiskSecrets.CIPHER);
  }

  // The mask stays the mask: encrypting it would only hide that the value is unknown.
  private static String seal(String plain, SerializerProvider provider) {
    if (Secrets.exposed(provider)) {
      return plain;
    }
    FernetCipher cipher = cipher(provider);
    return cipher == null || Secrets.MASK.equals(plain) ? Secrets.MASK : cipher.encrypt(plain);
  }

  private static String open(String stored, DeserializationContext context, String what) {
    FernetCipher cipher = cipher(context);
    if (cipher == null || !FernetCipher.looksEncrypted(stored)) {
      return stored;
    }
    return cipher
        .decrypt(stored)
        .orElseGet(
            () -> {
              LOG.warnf("a stored %s was encrypted with another key; it reads as masked", what);
              return Secrets.MASK;
            });
  }

  static final class ValueWriter extends JsonSerializer<SecretValue> {
    @Override
    public void serialize(SecretValue secret, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(seal(secret.reveal(), provider));
    }
  }

  static final class ValueReader extends JsonDeserializer<SecretValue> {
    @Override
    public SecretValue deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (SecretValue) context.handleUnexpectedToken(SecretValue.class, parser);
      }
      return SecretValue.ofNullable(open(parser.getText(), context, "secret"));
    }
  }

  /** Header values whose names look secret are sealed; the others are written as they are. */
  static final class HeadersWriter extends JsonSerializer<Map<String, String>> {
    @Override
    public void serialize(
        Map<String, String> headers, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      for (Map.Entry<String, String> header : headers.entrySet()) {
        gen.writeFieldName(header.getKey());
        boolean secret = Secrets.isSecretName(header.getKey()) && header.getValue() != null;
        gen.writeString(secret ? seal(header.getValue(), provider) : header.getValue());
      }
      gen.writeEndObject();
    }
  }

  static final class HeaderReader extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (String) context.handleUnexpectedToken(String.class, parser);
      }
      return open(parser.getText(), context, "lookup header");
    }
  }
}
