package dev.jhands.runtime.kubernetes;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Runtime API calls and looks into the mock cluster for the kubernetes tests. */
final class Cluster {

  static final String ALPHA = "alpha-key";
  static final String NS = KubernetesMockResource.NAMESPACE;

  private Cluster() {}

  static RequestSpecification as(String key) {
    return given().header("X-API-Key", key).contentType(ContentType.JSON);
  }

  static String newSession() {
    return "k8s-" + UUID.randomUUID();
  }

  static Map<String, Object> startBody(String sessionId, String image) {
    return Map.of(
        "image",
        image,
        "command",
        List.of("/usr/local/bin/openhands-agent-server", "--port", "60000"),
        "working_dir",
        "/workspace/project",
        "environment",
        Map.of("GREETING", "hello", "odd name", "x"),
        "session_id",
        sessionId);
  }

  static ValidatableResponse start(Map<String, Object> body) {
    return as(ALPHA).body(body).post("/start").then();
  }

  static ValidatableResponse session(String sessionId) {
    return as(ALPHA).get("/sessions/" + sessionId).then();
  }

  static ValidatableResponse post(String route, String runtimeId) {
    return as(ALPHA).body(Map.of("runtime_id", runtimeId)).post(route).then();
  }

  static void awaitStatus(String sessionId, String status) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> status.equals(session(sessionId).extract().path("status")));
  }

  /** Every object of the runtime, of every kind the backend makes. */
  static List<HasMetadata> objectsOf(KubernetesClient client, String runtimeId) {
    List<HasMetadata> all = new ArrayList<>();
    String label = KubernetesNames.RUNTIME;
    all.addAll(client.pods().inNamespace(NS).withLabel(label, runtimeId).list().getItems());
    all.addAll(client.secrets().inNamespace(NS).withLabel(label, runtimeId).list().getItems());
    all.addAll(
        client
            .persistentVolumeClaims()
            .inNamespace(NS)
            .withLabel(label, runtimeId)
            .list()
            .getItems());
    all.addAll(client.services().inNamespace(NS).withLabel(label, runtimeId).list().getItems());
    all.addAll(
        client
            .network()
            .v1()
            .ingresses()
            .inNamespace(NS)
            .withLabel(label, runtimeId)
            .list()
            .getItems());
    all.addAll(
        client
            .network()
            .v1()
            .networkPolicies()
            .inNamespace(NS)
            .withLabel(label, runtimeId)
            .list()
            .getItems());
    return all;
  }

  /** Every object the runtime API made in the namespace, of any runtime. */
  static List<HasMetadata> managedObjects(KubernetesClient client) {
    List<HasMetadata> all = new ArrayList<>();
    String label = KubernetesNames.MANAGED_BY;
    all.addAll(client.pods().inNamespace(NS).withLabel(label).list().getItems());
    all.addAll(client.secrets().inNamespace(NS).withLabel(label).list().getItems());
    all.addAll(client.persistentVolumeClaims().inNamespace(NS).withLabel(label).list().getItems());
    all.addAll(client.services().inNamespace(NS).withLabel(label).list().getItems());
    all.addAll(
        client.network().v1().ingresses().inNamespace(NS).withLabel(label).list().getItems());
    all.addAll(
        client.network().v1().networkPolicies().inNamespace(NS).withLabel(label).list().getItems());
    return all;
  }

  /** Stops what the runtime API lists, then checks that nothing of the runtime API is left. */
  static void stopEverything(KubernetesClient client) {
    List<String> ids =
        as(ALPHA).get("/list").then().statusCode(200).extract().path("runtimes.runtime_id");
    ids.forEach(id -> post("/stop", id).statusCode(200));
    for (String id : ids) {
      assertEquals(List.of(), objectsOf(client, id).stream().map(o -> o.getKind()).toList());
    }
    assertEquals(
        List.of(),
        managedObjects(client).stream()
            .map(o -> o.getKind() + "/" + o.getMetadata().getName())
            .toList());
  }
}
