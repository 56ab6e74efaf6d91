package dev.jhands.agent.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SDK's secret cipher, so that jhands and OpenHands read each other's {@code meta.json}: a
 * Fernet token (AES-128-CBC with PKCS#7 padding, then HMAC-SHA256 over version, time, IV and
 * ciphertext; url-safe base64) under the key SHA-256(secret key), whose first half signs and second
 * half encrypts. Tokens start with {@value #PREFIX}. The token's time is not checked, as in the
 * SDK.
 */
public final class FernetCipher {

  /** How every token of this era starts (version 0x80, then a time's high zero bytes). */
  public static final String PREFIX = "gAAAAA";

  private static final byte VERSION = (byte) 0x80;
  private static final int HEADER = 1 + 8 + 16;
  private static final int MAC = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec signing;
  private final SecretKeySpec encryption;
  private final Clock clock;

  public FernetCipher(String secretKey) {
    this(secretKey, Clock.systemUTC());
  }

  FernetCipher(String secretKey, Clock clock) {
    byte[] key = sha256(secretKey.getBytes(StandardCharsets.UTF_8));
    this.signing = new SecretKeySpec(key, 0, 16, "HmacSHA256");
    this.encryption = new SecretKeySpec(key, 16, 16, "AES");
    this.clock = clock;
  }

  public String encrypt(String plain) {
    byte[] iv = new byte[16];
    RANDOM.nextBytes(iv);
    try {
      Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
      aes.init(Cipher.ENCRYPT_MODE, encryption, new IvParameterSpec(iv));
      byte[] ciphertext = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      ByteBuffer token = ByteBuffer.allocate(HEADER + ciphertext.length + MAC);
      token.put(VERSION).putLong(clock.instant().getEpochSecond()).put(iv).put(ciphertext);
      token.put(mac(token.array(), token.position()));
      return Base64.getUrlEncoder().encodeToString(token.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES is not available", e);
    }
  }

  /** The plain text, or empty when the token is malformed or was made with another key. */
  public Optional<String> decrypt(String token) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int body = bytes.length - MAC;
    if (body < HEADER + 16 || bytes[0] != VERSION || (body - HEADER) % 16 != 0) {
      return Optional.empty();
    }
    try {
      if (!MessageDigest.isEqual(mac(bytes, body), Arrays.copyOfRange(bytes, body, bytes.length))) {
        return Optional.empty();
      }
      Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
      aes.init(Cipher.DECRYPT_MODE, encryption, new IvParameterSpec(bytes, 9, 16));
      byte[] plain = aes.doFinal(bytes, HEADER, body - HEADER);
      return Optional.of(new String(plain, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /** Whether a stored value looks like a token (it may still fail to decrypt). */
  public static boolean looksEncrypted(String value) {
    return value != null && value.startsWith(PREFIX);
  }

  private byte[] mac(byte[] data, int length) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(signing);
    mac.update(data, 0, length);
    return mac.doFinal();
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
