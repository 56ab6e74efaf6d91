package dev.jhands.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jhands.events.server.InitRequest;
import dev.jhands.events.server.WebhookSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivationRequestsTest {

  @Test
  void theCallersOhVariablesBecomeTheInitsOwnFields() {
    Map<String, String> env =
        Map.of(
            "OH_WEBHOOKS_1_BASE_URL", "http://app/api/v1/webhooks/b",
            "OH_WEBHOOKS_0_BASE_URL", "http://app/api/v1/webhooks",
            "OH_WEBHOOKS_0_HEADERS", "{\"X-Token\":\"t\"}",
            "OH_WEBHOOKS_0_FLUSH_DELAY", "0.5",
            "OH_CONVERSATIONS_PATH", "/workspace/conversations",
            "OH_BASH_EVENTS_DIR", "relative/is/dropped",
            "OH_ALLOW_CORS_ORIGINS_0", "https://app.example",
            "LOG_JSON", "true");

    InitRequest init = ActivationRequests.of("new-key", env);

    assertEquals(List.of("new-key"), init.sessionApiKeys());
    assertEquals("new-key", init.secretKey());
    assertEquals(
        List.of(
            new WebhookSpec(
                "http://app/api/v1/webhooks", Map.of("X-Token", "t"), null, 0.5, null, null),
            WebhookSpec.of("http://app/api/v1/webhooks/b")),
        init.webhooks());
    assertEquals("/workspace/conversations", init.conversationsPath());
    assertNull(init.bashEventsDir());
    assertEquals(List.of("https://app.example"), init.allowCorsOrigins());
    assertEquals(env, init.env());
  }

  @Test
  void noOhVariablesLeaveTheDormantValues() {
    InitRequest init = ActivationRequests.of("k", Map.of("A", "b"));
    assertNull(init.webhooks());
    assertNull(init.conversationsPath());
    assertNull(init.allowCorsOrigins());
  }
}
