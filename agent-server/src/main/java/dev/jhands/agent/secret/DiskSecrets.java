package dev.jhands.agent.secret;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jhands.events.secret.LookupSecret;
import dev.jhands.events.secret.SecretValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.jboss.logging.Logger;

/**
 * How secrets go to disk: encrypted with a {@link FernetCipher} when a secret key is configured
 * (every {@code SecretStr}, and the secret-looking headers of a {@code LookupSecret}, as the SDK
 * does), otherwise masked, and then lost on restart. Reading decrypts tokens; a token made with
 * another key reads as the mask, with a warning. The wire types stay as they are: the store's own
 * mapper gets mix-ins, so nothing else that writes them can encrypt or expose by accident.
 */
public final class DiskSecrets {

  private static final Logger LOG = Logger.getLogger(DiskSecrets.class);

  /** The serialization and deserialization attribute holding the {@link FernetCipher}. */
  static final String CIPHER = "jhands.secrets.cipher";

  private final ObjectWriter writer;
  private final ObjectReader reader;
  private final boolean encrypts;

  // One sealed copy per mapper, shared by every key: the cipher travels as an attribute, so the
  // serializers a dormant server's rehearsal builds are still there when activation brings the
  // real key (a fresh copy would introspect every type again on the user's first request).
  private static final Map<ObjectMapper, ObjectMapper> SEALED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private DiskSecrets(ObjectMapper mapper, FernetCipher cipher) {
    ObjectMapper sealed = SEALED.computeIfAbsent(mapper, DiskSecrets::seal);
    this.writer = sealed.writerWithDefaultPrettyPrinter().withAttribute(CIPHER, cipher);
    this.reader = sealed.reader().withAttribute(CIPHER, cipher);
    this.encrypts = cipher != null;
  }

  private static ObjectMapper seal(ObjectMapper mapper) {
    return mapper
        .copy()
        .addMixIn(SecretValue.class, SecretValueMixin.class)
        .addMixIn(LookupSecret.class, LookupSecretMixin.class);
  }

  /** Secrets masked on disk. */
  public static DiskSecrets masking(ObjectMapper mapper) {
    return new DiskSecrets(mapper, null);
  }

  public static DiskSecrets encrypting(ObjectMapper mapper, FernetCipher cipher) {
    return new DiskSecrets(mapper, cipher);
  }

  /** Encrypting with {@code secretKey} if there is one, else masking, and the log says which. */
  public static DiskSecrets forKey(Optional<String> secretKey, ObjectMapper mapper) {
    if (secretKey.isPresent()) {
      LOG.info("secrets are encrypted on disk (Fernet, key from OH_SECRET_KEY or the session key)");
      return encrypting(mapper, new FernetCipher(secretKey.get()));
    }
    LOG.warn(
        "no OH_SECRET_KEY and no session key: secrets are masked on disk and will not survive a"
            + " restart");
    return masking(mapper);
  }

  public boolean encrypts() {
    return encrypts;
  }

  public byte[] write(Object value) throws IOException {
    return writer.writeValueAsBytes(value);
  }

  public <T> T read(Path file, Class<T> type) throws IOException {
    return reader.forType(type).readValue(file.toFile());
  }

  @JsonSerialize(using = SealedValues.ValueWriter.class)
  @JsonDeserialize(using = SealedValues.ValueReader.class)
  abstract static class SecretValueMixin {}

  abstract static class LookupSecretMixin {
    @JsonSerialize(using = SealedValues.HeadersWriter.class)
    @JsonDeserialize(contentUsing = SealedValues.HeaderReader.class)
    abstract Map<String, String> headers();
  }
}
