package dev.jhands.runtime.kubernetes;

import static dev.jhands.runtime.kubernetes.Cluster.awaitStatus;
import static dev.jhands.runtime.kubernetes.Cluster.newSession;
import static dev.jhands.runtime.kubernetes.Cluster.objectsOf;
import static dev.jhands.runtime.kubernetes.Cluster.session;
import static dev.jhands.runtime.kubernetes.Cluster.start;
import static dev.jhands.runtime.kubernetes.Cluster.startBody;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Housekeeping goes through the kubernetes backend: past its lifetime, every object goes. */
@QuarkusTest
@TestProfile(KubernetesHousekeepingProfile.class)
class KubernetesHousekeepingIT {

  @Inject KubernetesClient client;

  @AfterEach
  void stopEverything() {
    Cluster.stopEverything(client);
  }

  @Test
  void aRuntimePastItsLifetimeLosesEveryObject() {
    String sid = newSession();
    String runtimeId = start(startBody(sid, "img:1")).statusCode(200).extract().path("runtime_id");
    assertFalse(objectsOf(client, runtimeId).isEmpty());
    awaitStatus(sid, "stopped");
    session(sid).body("status_detail", containsString("maximum lifetime of 4s"));
    assertEquals(List.of(), objectsOf(client, runtimeId));
  }
}
