package dev.jhands.events.secret;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.events.json.Wire;
import org.junit.jupiter.api.Test;

class SecretValueTest {

  private final ObjectMapper mapper = Wire.mapper();

  @Test
  void writesTheMaskByDefault() throws Exception {
    assertThat(mapper.writeValueAsString(SecretValue.of("sk-live-123")))
        .isEqualTo("\"**********\"");
    assertThat(mapper.valueToTree(SecretValue.of("sk-live-123")).asText()).isEqualTo("**********");
  }

  @Test
  void writesThePlainValueWhenExposed() throws Exception {
    assertThat(Secrets.exposing(mapper).writeValueAsString(SecretValue.of("sk-live-123")))
        .isEqualTo("\"sk-live-123\"");
    assertThat(
            mapper
                .writer()
                .withAttribute(Secrets.EXPOSE, true)
                .writeValueAsString(SecretValue.of("sk-live-123")))
        .isEqualTo("\"sk-live-123\"");
  }

  @Test
  void anExposeAttributeOtherThanTrueStillMasks() throws Exception {
    assertThat(
            mapper
                .writer()
                .withAttribute(Secrets.EXPOSE, "yes")
                .writeValueAsString(SecretValue.of("sk-live-123")))
        .isEqualTo("\"**********\"");
  }

  @Test
  void toStringIsMasked() {
    assertThat(SecretValue.of("sk-live-123")).hasToString("**********");
    assertThat(StaticSecret.of("sk-live-123").toString()).doesNotContain("sk-live-123");
  }

  @Test
  void readsAPlainString() throws Exception {
    SecretValue secret = mapper.readValue("\"sk-live-123\"", SecretValue.class);

    assertThat(secret.reveal()).isEqualTo("sk-live-123");
    assertThat(secret.isRedacted()).isFalse();
    assertThat(secret).isEqualTo(SecretValue.of("sk-live-123")).isNotEqualTo(SecretValue.of("x"));
  }

  @Test
  void blankReadsAsNullLikeTheSdk() throws Exception {
    StaticSecret secret =
        mapper.readValue("{\"kind\":\"StaticSecret\",\"value\":\"  \"}", StaticSecret.class);

    assertThat(secret.value()).isNull();
    assertThat(SecretValue.ofNullable("")).isNull();
    assertThat(SecretValue.ofNullable(null)).isNull();
  }

  @Test
  void theMaskReadsAsRedactedAndWritesBackAsTheMaskEvenWhenExposed() throws Exception {
    SecretValue secret = mapper.readValue("\"**********\"", SecretValue.class);

    assertThat(secret).isSameAs(SecretValue.REDACTED);
    assertThat(secret.isRedacted()).isTrue();
    assertThat(Secrets.exposing(mapper).writeValueAsString(secret)).isEqualTo("\"**********\"");
  }

  @Test
  void secretHeaderNamesFollowTheSdkPatterns() {
    assertThat(Secrets.isSecretName("X-Access-Token")).isTrue();
    assertThat(Secrets.isSecretName("Authorization")).isTrue();
    assertThat(Secrets.isSecretName("x-api-key")).isTrue();
    assertThat(Secrets.isSecretName("Accept")).isFalse();
    assertThat(Secrets.isSecretName("Author")).isFalse();
  }
}
