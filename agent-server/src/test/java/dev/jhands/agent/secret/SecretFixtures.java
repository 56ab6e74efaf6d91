package dev.jhands.agent.secret;

import dev.jhands.agent.Bodies;
import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.conversation.ConversationService;
import dev.jhands.agent.store.ConversationStore;
import dev.jhands.events.conversation.StartConversationRequest;
import dev.jhands.events.conversation.StoredConversation;
import dev.jhands.events.json.Wire;
import dev.jhands.events.secret.LookupSecret;
import dev.jhands.events.secret.StaticSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

/** A conversation with every kind of secret, written by a store as a previous process would. */
public final class SecretFixtures {

  public static final String LLM_KEY = "sk-very-secret";
  public static final String STATIC = "ghp-plain-static";
  public static final String HEADER = "tok-plain-header";
  public static final String SECRETS =
      """
      "secrets": {
        "GITHUB_TOKEN": {"kind": "StaticSecret", "value": "%s"},
        "GIT_LOOKUP": {"kind": "LookupSecret", "url": "http://app/secret",
                       "headers": {"X-Access-Token": "%s", "Accept": "text/plain"}}}
      """
          .formatted(STATIC, HEADER);

  private SecretFixtures() {}

  public static StartConversationRequest request(String id) {
    try {
      return Wire.mapper().readValue(Bodies.start(id, SECRETS), StartConversationRequest.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a conversation with secrets in a store at {@code root}, as a process that then ends. */
  public static Conversation write(Path root, DiskSecrets secrets, String id) {
    ConversationService service =
        new ConversationService(
            new ConversationStore(root, Wire.mapper(), secrets),
            Clock.systemUTC(),
            conversation -> {});
    service.load();
    return service.start(request(id)).conversation();
  }

  public static String staticValue(StoredConversation meta) {
    return ((StaticSecret) meta.secrets().get("GITHUB_TOKEN")).value().reveal();
  }

  public static String headerValue(StoredConversation meta) {
    return ((LookupSecret) meta.secrets().get("GIT_LOOKUP")).headers().get("X-Access-Token");
  }

  /** Every file of the conversation directory, concatenated. */
  public static String allFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      StringBuilder all = new StringBuilder();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        all.append(Files.readString(file));
      }
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
