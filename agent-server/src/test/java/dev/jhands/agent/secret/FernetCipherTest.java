package dev.jhands.agent.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FernetCipherTest {

  // Made by the SDK's Cipher (Python cryptography's Fernet under sha256("sdk-secret-key")).
  private static final String SDK_TOKEN =
      "gAAAAABrAoi5tGycV1-6rXF9R4hpWnIbwVuyLtG4aoM6kizXfJu3l-x-1JeTPMGNqbnSJD3F-7T5EXnmRMgI7uns"
          + "jPgbcEDcKi_fV2HWgOu-wSWBf2ZLd-U=";

  @Test
  void readsWhatTheSdkWrote() {
    assertThat(new FernetCipher("sdk-secret-key").decrypt(SDK_TOKEN))
        .contains("sk-from-the-python-sdk");
  }

  @Test
  void roundTripsAndLooksLikeAFernetToken() {
    FernetCipher cipher = new FernetCipher("k");
    String token = cipher.encrypt("hunter2 ünïcode");
    assertThat(token).startsWith(FernetCipher.PREFIX).doesNotContain("hunter2");
    assertThat(FernetCipher.looksEncrypted(token)).isTrue();
    assertThat(cipher.decrypt(token)).contains("hunter2 ünïcode");
    assertThat(cipher.encrypt("hunter2 ünïcode")).isNotEqualTo(token);
  }

  @Test
  void anotherKeyOrATamperedTokenReadsAsNothing() {
    String token = new FernetCipher("k").encrypt("secret");
    assertThat(new FernetCipher("other").decrypt(token)).isEmpty();
    byte[] bytes = Base64.getUrlDecoder().decode(token);
    bytes[30] ^= 1;
    assertThat(new FernetCipher("k").decrypt(Base64.getUrlEncoder().encodeToString(bytes)))
        .isEmpty();
    assertThat(new FernetCipher("k").decrypt("gAAAAA not base64")).isEmpty();
    assertThat(new FernetCipher("k").decrypt("")).isEmpty();
  }
}
