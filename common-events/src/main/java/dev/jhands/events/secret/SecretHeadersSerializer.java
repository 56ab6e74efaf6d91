package dev.jhands.events.secret;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.Map;

/** Writes HTTP headers with the values of secret-looking names masked, unless exposed. */
final class SecretHeadersSerializer extends JsonSerializer<Map<String, String>> {

  @Override
  public void serialize(Map<String, String> headers, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    boolean expose = Secrets.exposed(provider);
    gen.writeStartObject();
    for (Map.Entry<String, String> header : headers.entrySet()) {
      gen.writeFieldName(header.getKey());
      boolean mask = !expose && Secrets.isSecretName(header.getKey()) && header.getValue() != null;
      gen.writeString(mask ? Secrets.MASK : header.getValue());
    }
    gen.writeEndObject();
  }
}
