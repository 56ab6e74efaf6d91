package dev.jhands.agent.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.agent.AgentServerConfig;
import dev.jhands.agent.store.ConversationStore;
import dev.jhands.events.json.Wire;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Wires the store and the service. The store uses the wire mapper, not Quarkus's, so that what is
 * on disk does not depend on the framework's settings and a test can read it back without CDI.
 */
public class ConversationBeans {

  @Produces
  @ApplicationScoped
  ConversationStore store(AgentServerConfig config) {
    ObjectMapper mapper = Wire.mapper();
    return new ConversationStore(config.conversationsPath().toAbsolutePath(), mapper);
  }

  @Produces
  @Startup
  @ApplicationScoped
  ConversationService service(ConversationStore store, ConversationRunner runner) {
    ConversationService service = new ConversationService(store, Clock.systemUTC(), runner);
    service.load();
    return service;
  }
}
