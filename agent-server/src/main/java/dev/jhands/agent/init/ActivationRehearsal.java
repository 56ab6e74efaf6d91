package dev.jhands.agent.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.agent.secret.DiskSecrets;
import dev.jhands.agent.secret.FernetCipher;
import dev.jhands.agent.settings.ServerSettings;
import dev.jhands.agent.store.ConversationStore;
import dev.jhands.events.conversation.StartConversationRequest;
import dev.jhands.events.conversation.StoredConversation;
import dev.jhands.events.json.Wire;
import dev.jhands.events.server.InitRequest;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * While a warm-pool sandbox waits dormant, goes through what an activation and the first
 * conversation will need, on scratch data, so that their classes are loaded and their code is
 * compiled before the user is waiting: a claimed sandbox's {@code POST /api/init} is on the
 * critical path of the user's {@code /start}. Nothing it does is kept, and it never activates: its
 * own requests to {@code /api/init} carry a wrong key and a field the route refuses, so they are
 * answered 401, or 400 on a server with no bootstrap key.
 */
@ApplicationScoped
public class ActivationRehearsal {

  private static final Logger LOG = Logger.getLogger(ActivationRehearsal.class);
  // Enough refused requests for the HTTP, REST and JSON path of POST /api/init to be compiled.
  private static final int REQUESTS = 200;
  private static final String INIT =
      """
      {"session_api_keys": ["rehearsal"], "secret_key": "rehearsal", "env": {"A": "b"},
       "webhooks": [{"base_url": "http://127.0.0.1:9/hooks", "headers": {"X-A": "b"}}]}
      """;
  private static final String START =
      """
      {"agent": {"llm": {"model": "openai/m", "api_key": "k"}, "tools": [{"name": "terminal"}]},
       "workspace": {"kind": "LocalWorkspace", "working_dir": "/tmp"},
       "secrets": {"TOKEN": {"kind": "StaticSecret", "value": "rehearsal"},
                   "LOOKUP": {"kind": "LookupSecret", "url": "http://127.0.0.1:9/s",
                              "headers": {"Authorization": "rehearsal"}}},
       "initial_message": {"role": "user", "content": [{"type": "text", "text": "hi"}]}}
      """;

  private static final String REFUSED_INIT = "{\"rehearsal\": true, " + INIT.strip().substring(1);

  void onListening(
      @ObservesAsync HttpServerStart start, ServerSettings settings, ObjectMapper rest) {
    if (settings.deferredInit()) {
      String host = start.options().getHost();
      URI self =
          URI.create(
              "http://"
                  + (host == null || host.equals("0.0.0.0") ? "127.0.0.1" : host)
                  + ":"
                  + start.options().getPort()
                  + "/api/init");
      Thread.ofVirtual().name("activation-rehearsal").start(() -> rehearse(rest, self));
    }
  }

  private static void rehearse(ObjectMapper rest, URI self) {
    Path scratch = null;
    try {
      JsonNode init = rest.readTree(INIT);
      Wire.mapper().treeToValue(init, InitRequest.class);
      StartConversationRequest request = rest.readValue(START, StartConversationRequest.class);
      scratch = Files.createTempDirectory("jhands-rehearsal");
      DiskSecrets secrets = DiskSecrets.encrypting(Wire.mapper(), new FernetCipher("rehearsal"));
      ConversationStore store = new ConversationStore(scratch, Wire.mapper(), secrets);
      StoredConversation meta = StoredConversation.of(request, "rehearsal", "2026-01-01T00:00:00Z");
      store.writeMeta("0123456789abcdef0123456789abcdef", meta);
      store.loadAll();
      rest.writeValueAsString(meta);
      if (self.getPort() > 0) {
        refusedInits(self);
      }
    } catch (IOException | RuntimeException e) {
      // Only a head start: the real activation does the same work and reports its own errors.
      LOG.debugf(e, "activation rehearsal failed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      delete(scratch);
    }
  }

  private static void refusedInits(URI self) throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(self)
            .timeout(Duration.ofSeconds(5))
            .header(InitResource.HEADER, "rehearsal-" + System.nanoTime())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(REFUSED_INIT))
            .build();
    for (int i = 0; i < REQUESTS; i++) {
      http.send(request, HttpResponse.BodyHandlers.discarding());
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
