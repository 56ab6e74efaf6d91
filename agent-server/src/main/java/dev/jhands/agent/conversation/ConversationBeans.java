package dev.jhands.agent.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.agent.secret.DiskSecrets;
import dev.jhands.agent.settings.ServerSettings;
import dev.jhands.agent.settings.Settings;
import dev.jhands.agent.store.ConversationStore;
import dev.jhands.events.json.Wire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Wires the store and the service. The store uses the wire mapper, not Quarkus's, so that what is
 * on disk does not depend on the framework's settings and a test can read it back without CDI.
 *
 * <p>Both are created lazily: the store takes its directory and secret key from the settings in
 * force when it is first used, which is when {@code InitService} loads the conversations, at start
 * or, on a dormant server, once {@code POST /api/init} has delivered them.
 */
public class ConversationBeans {

  @Produces
  @ApplicationScoped
  ConversationStore store(ServerSettings settings) {
    ObjectMapper mapper = Wire.mapper();
    Settings current = settings.current();
    return new ConversationStore(
        current.conversationsPath(), mapper, DiskSecrets.forKey(current.secretKey(), mapper));
  }

  @Produces
  @ApplicationScoped
  ConversationService service(ConversationStore store, ConversationRunner runner) {
    return new ConversationService(store, Clock.systemUTC(), runner);
  }
}
