package dev.jhands.agent.init;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.agent.settings.ServerSettings;
import dev.jhands.agent.store.ConversationStore;
import dev.jhands.events.conversation.StartConversationRequest;
import dev.jhands.events.conversation.StoredConversation;
import dev.jhands.events.json.Wire;
import dev.jhands.events.server.InitRequest;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * While a warm-pool sandbox waits dormant, goes through what an activation and the first
 * conversation will need, on scratch data, so that their classes are loaded and their code is
 * compiled before the user is waiting: a claimed sandbox's {@code POST /api/init} is on the
 * critical path of the user's {@code /start}. Nothing it does is kept.
 */
@ApplicationScoped
public class ActivationRehearsal {

  private static final Logger LOG = Logger.getLogger(ActivationRehearsal.class);
  private static final String INIT =
      """
      {"session_api_keys": ["rehearsal"], "secret_key": "rehearsal", "env": {"A": "b"},
       "webhooks": [{"base_url": "http://127.0.0.1:9/hooks", "headers": {"X-A": "b"}}]}
      """;
  private static final String START =
      """
      {"agent": {"llm": {"model": "openai/m", "api_key": "k"}, "tools": [{"name": "terminal"}]},
       "workspace": {"kind": "LocalWorkspace", "working_dir": "/tmp"},
       "initial_message": {"role": "user", "content": [{"type": "text", "text": "hi"}]}}
      """;

  void onStart(@Observes StartupEvent event, ServerSettings settings, ObjectMapper rest) {
    if (settings.deferredInit()) {
      Thread.ofVirtual().name("activation-rehearsal").start(() -> rehearse(rest));
    }
  }

  private static void rehearse(ObjectMapper rest) {
    Path scratch = null;
    try {
      rest.readValue(INIT, InitRequest.class);
      StartConversationRequest request = rest.readValue(START, StartConversationRequest.class);
      scratch = Files.createTempDirectory("jhands-rehearsal");
      ConversationStore store = new ConversationStore(scratch, Wire.mapper());
      StoredConversation meta = StoredConversation.of(request, "rehearsal", "2026-01-01T00:00:00Z");
      store.writeMeta("0123456789abcdef0123456789abcdef", meta);
      store.loadAll();
      rest.writeValueAsString(meta);
    } catch (IOException | RuntimeException e) {
      // Only a head start: the real activation does the same work and reports its own errors.
      LOG.debugf(e, "activation rehearsal failed");
    } finally {
      delete(scratch);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.debugf(e, "cannot delete %s", dir);
    }
  }
}
