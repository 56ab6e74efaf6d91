package dev.jhands.runtime.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Runtime ids, session ids and session keys: random, from one strong source, in hex. */
public final class RandomIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomIds() {}

  /** A runtime or session id. */
  public static String id() {
    return hex(12);
  }

  /** A session API key. */
  public static String key() {
    return hex(24);
  }

  public static String hex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
