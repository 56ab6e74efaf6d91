package dev.jhands.agent.secret;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.jhands.agent.conversation.ConversationService;
import dev.jhands.events.conversation.StoredConversation;
import dev.jhands.events.json.Wire;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Secrets survive a restart when a secret key is set: a previous process wrote a conversation with
 * secrets under {@code OH_SECRET_KEY}, and this server, started with the same key, has them back in
 * memory, while the disk and the API only ever show ciphertext or the mask.
 */
@QuarkusTest
@TestProfile(SecretRestartIT.Prefilled.class)
class SecretRestartIT {

  static final String KEY = "restart-secret-key";
  static final String ID = UUID.randomUUID().toString();

  public static class Prefilled implements QuarkusTestProfile {
    private static Path root;

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "jhands.agent.conversations-path", prefill().toString(), "jhands.agent.secret-key", KEY);
    }

    // Quarkus may ask for the overrides more than once; the previous "process" runs only once.
    static synchronized Path prefill() {
      if (root == null) {
        try {
          root = Files.createTempDirectory("jhands-secret-restart").resolve("conversations");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        SecretFixtures.write(
            root, DiskSecrets.encrypting(Wire.mapper(), new FernetCipher(KEY)), ID);
      }
      return root;
    }
  }

  @Inject ConversationService service;

  @Test
  void secretsAreBackInMemoryAfterTheRestart() {
    StoredConversation meta = service.get(UUID.fromString(ID)).orElseThrow().meta();
    assertThat(SecretFixtures.staticValue(meta)).isEqualTo(SecretFixtures.STATIC);
    assertThat(SecretFixtures.headerValue(meta)).isEqualTo(SecretFixtures.HEADER);
    assertThat(meta.agent().llm().apiKey().reveal()).isEqualTo(SecretFixtures.LLM_KEY);
  }

  @Test
  void theDiskAndTheApiNeverShowThemInClear() {
    given()
        .get("/api/conversations/{id}", ID)
        .then()
        .statusCode(200)
        .body("agent.llm.api_key", equalTo("**********"))
        .body("secret_registry.secret_sources.GITHUB_TOKEN.value", equalTo("**********"));
    given()
        .contentType("application/json")
        .body(
            "{\"secrets\": {\"NEW_ONE\": {\"kind\": \"StaticSecret\", \"value\": \"new-plain\"}}}")
        .post("/api/conversations/{id}/secrets", ID)
        .then()
        .statusCode(200);
    String disk = SecretFixtures.allFiles(Prefilled.prefill().resolve(ID.replace("-", "")));
    assertThat(disk)
        .doesNotContain(
            SecretFixtures.LLM_KEY, SecretFixtures.STATIC, SecretFixtures.HEADER, "new-plain")
        .contains(FernetCipher.PREFIX);
  }
}
