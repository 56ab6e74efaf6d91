package dev.jhands.agent.secret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jhands.agent.store.ConversationStore;
import dev.jhands.agent.store.ConversationStore.StoredState;
import dev.jhands.events.conversation.StoredConversation;
import dev.jhands.events.json.Wire;
import dev.jhands.events.secret.Secrets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSecretsTest {

  @TempDir Path root;

  private static DiskSecrets key(String key) {
    return DiskSecrets.encrypting(Wire.mapper(), new FernetCipher(key));
  }

  private StoredConversation reload(DiskSecrets secrets) {
    List<StoredState> all = new ConversationStore(root, Wire.mapper(), secrets).loadAll();
    assertThat(all).hasSize(1);
    return all.get(0).meta();
  }

  @Test
  void encryptedOnDiskAndBackInClearWithTheSameKey() {
    String id = UUID.randomUUID().toString();
    SecretFixtures.write(root, key("key-1"), id);

    String disk = SecretFixtures.allFiles(root);
    assertThat(disk)
        .doesNotContain(SecretFixtures.LLM_KEY, SecretFixtures.STATIC, SecretFixtures.HEADER)
        .contains(FernetCipher.PREFIX)
        .contains("\"Accept\" : \"text/plain\"");

    StoredConversation meta = reload(key("key-1"));
    assertThat(SecretFixtures.staticValue(meta)).isEqualTo(SecretFixtures.STATIC);
    assertThat(SecretFixtures.headerValue(meta)).isEqualTo(SecretFixtures.HEADER);
    assertThat(meta.agent().llm().apiKey().reveal()).isEqualTo(SecretFixtures.LLM_KEY);
  }

  @Test
  void anotherKeyReadsTheSecretsAsMasked() {
    SecretFixtures.write(root, key("key-1"), UUID.randomUUID().toString());
    StoredConversation meta = reload(key("key-2"));
    assertThat(SecretFixtures.staticValue(meta)).isEqualTo(Secrets.MASK);
    assertThat(SecretFixtures.headerValue(meta)).isEqualTo(Secrets.MASK);
    assertThat(meta.agent().llm().apiKey().isRedacted()).isTrue();
  }

  @Test
  void withoutAKeySecretsAreMaskedAndLost() {
    SecretFixtures.write(root, DiskSecrets.masking(Wire.mapper()), UUID.randomUUID().toString());
    assertThat(SecretFixtures.allFiles(root))
        .doesNotContain(SecretFixtures.LLM_KEY, SecretFixtures.STATIC, SecretFixtures.HEADER)
        .doesNotContain(FernetCipher.PREFIX)
        .contains(Secrets.MASK);
    StoredConversation meta = reload(key("key-1"));
    assertThat(SecretFixtures.staticValue(meta)).isEqualTo(Secrets.MASK);
  }

  @Test
  void aPlainStoredValueIsReadAsItIs() {
    // Files from a store whose writer exposed secrets (or hand-written ones) still load.
    SecretFixtures.write(root, key("key-1"), UUID.randomUUID().toString());
    StoredConversation meta = reload(DiskSecrets.masking(Wire.mapper()));
    assertThat(SecretFixtures.staticValue(meta)).startsWith(FernetCipher.PREFIX);
  }
}
