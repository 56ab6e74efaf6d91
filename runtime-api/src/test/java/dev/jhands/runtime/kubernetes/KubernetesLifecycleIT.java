package dev.jhands.runtime.kubernetes;

import static dev.jhands.runtime.kubernetes.Cluster.NS;
import static dev.jhands.runtime.kubernetes.Cluster.as;
import static dev.jhands.runtime.kubernetes.Cluster.awaitStatus;
import static dev.jhands.runtime.kubernetes.Cluster.newSession;
import static dev.jhands.runtime.kubernetes.Cluster.objectsOf;
import static dev.jhands.runtime.kubernetes.Cluster.post;
import static dev.jhands.runtime.kubernetes.Cluster.session;
import static dev.jhands.runtime.kubernetes.Cluster.start;
import static dev.jhands.runtime.kubernetes.Cluster.startBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kubernetes backend through the runtime API's routes, over the mock API server. */
@QuarkusTest
@TestProfile(KubernetesProfile.class)
class KubernetesLifecycleIT {

  @Inject KubernetesClient client;

  @AfterEach
  void stopEverything() {
    Cluster.stopEverything(client);
  }

  @Test
  void startMakesThePodClaimSecretServiceAndIngressThenRuns() {
    String sid = newSession();
    Map<String, Object> body = new HashMap<>(startBody(sid, "ghcr.io/openhands/agent-server:1"));
    body.put("resource_factor", 2);
    body.put("runtime_class", "sysbox-runc");
    JsonPath started = start(body).statusCode(200).extract().jsonPath();
    assertEquals("starting", started.getString("status"));
    String runtimeId = started.getString("runtime_id");
    String key = started.getString("session_api_key");
    assertEquals(
        "https://" + runtimeId + "." + KubernetesProfile.INGRESS_DOMAIN, started.getString("url"));

    awaitStatus(sid, "running");
    session(sid)
        .body("pod_status", equalTo("ready"))
        .body("url", equalTo(started.getString("url")));

    Pod pod = onlyPod(runtimeId);
    assertEquals("kata", pod.getSpec().getRuntimeClassName());
    assertEquals(Boolean.FALSE, pod.getSpec().getAutomountServiceAccountToken());
    var podSecurity = pod.getSpec().getSecurityContext();
    assertEquals(Boolean.TRUE, podSecurity.getRunAsNonRoot());
    assertEquals(1000L, podSecurity.getRunAsUser());
    assertEquals(1000L, podSecurity.getFsGroup());

    Container tools = pod.getSpec().getInitContainers().get(0);
    assertEquals("ghcr.io/jhands/tools-bundle:0.1.0", tools.getImage());
    assertEquals("/opt/jhands", tools.getVolumeMounts().get(0).getMountPath());
    Container sandbox = pod.getSpec().getContainers().get(0);
    assertEquals("ghcr.io/openhands/agent-server:1", sandbox.getImage());
    assertEquals(
        List.of("/usr/local/bin/openhands-agent-server", "--port", "60000"), sandbox.getCommand());
    assertEquals("/workspace/project", sandbox.getWorkingDir());
    assertEquals("/alive", sandbox.getReadinessProbe().getHttpGet().getPath());
    assertEquals(Boolean.FALSE, sandbox.getSecurityContext().getAllowPrivilegeEscalation());
    assertEquals(List.of("ALL"), sandbox.getSecurityContext().getCapabilities().getDrop());
    // resource_factor 2 doubles the configured 500m and 1Gi.
    assertEquals(new Quantity("1000m"), sandbox.getResources().getLimits().get("cpu"));
    assertEquals(new Quantity("2Gi"), sandbox.getResources().getRequests().get("memory"));
    Map<String, Boolean> mounts = new HashMap<>();
    sandbox
        .getVolumeMounts()
        .forEach(m -> mounts.put(m.getMountPath(), Boolean.TRUE.equals(m.getReadOnly())));
    assertEquals(Map.of("/opt/jhands", true, "/workspace", false), mounts);

    // The environment's values are in the Secret only; the pod names them.
    Secret secret = onlySecret(runtimeId);
    Map<String, String> env = new HashMap<>();
    for (EnvVar var : sandbox.getEnv()) {
      assertEquals(null, var.getValue());
      var ref = var.getValueFrom().getSecretKeyRef();
      assertEquals(secret.getMetadata().getName(), ref.getName());
      env.put(var.getName(), decode(secret.getData().get(ref.getKey())));
    }
    assertEquals(key, env.get("SESSION_API_KEY"));
    assertEquals(runtimeId, env.get("RUNTIME_ID"));
    assertEquals("60000", env.get("PORT"));
    assertEquals("hello", env.get("GREETING"));
    assertEquals("x", env.get("odd name"));
    assertTrue(decode(secret.getData().get("record")).contains("\"status\":\"running\""));

    PersistentVolumeClaim claim =
        client.persistentVolumeClaims().inNamespace(NS).withName("jh-" + runtimeId).get();
    assertEquals("fast-ssd", claim.getSpec().getStorageClassName());
    assertEquals(
        claim.getMetadata().getName(),
        pod.getSpec().getVolumes().stream()
            .filter(v -> v.getPersistentVolumeClaim() != null)
            .findFirst()
            .orElseThrow()
            .getPersistentVolumeClaim()
            .getClaimName());
    var service = client.services().inNamespace(NS).withName("jh-" + runtimeId).get();
    assertEquals(runtimeId, service.getSpec().getSelector().get(KubernetesNames.RUNTIME));
    // The sandbox server, VS Code and the two worker ports clients expect (runtime-api.md §4).
    assertEquals(
        List.of(60000, 60001, 12000, 12001),
        service.getSpec().getPorts().stream().map(p -> p.getPort()).toList());
    Ingress ingress =
        client.network().v1().ingresses().inNamespace(NS).withName("jh-" + runtimeId).get();
    String host = runtimeId + "." + KubernetesProfile.INGRESS_DOMAIN;
    assertEquals(
        List.of(host, "vscode-" + host, "work-1-" + host, "work-2-" + host),
        ingress.getSpec().getRules().stream().map(r -> r.getHost()).toList());
    assertEquals(
        60001,
        ingress
            .getSpec()
            .getRules()
            .get(1)
            .getHttp()
            .getPaths()
            .get(0)
            .getBackend()
            .getService()
            .getPort()
            .getNumber());
    assertEquals("nginx", ingress.getSpec().getIngressClassName());
    NetworkPolicy policy =
        client.network().v1().networkPolicies().inNamespace(NS).withName("jh-" + runtimeId).get();
    assertEquals(
        runtimeId, policy.getSpec().getPodSelector().getMatchLabels().get(KubernetesNames.RUNTIME));
    assertEquals(
        List.of(60000, 60001, 12000, 12001),
        policy.getSpec().getIngress().get(0).getPorts().stream()
            .map(p -> p.getPort().getIntVal())
            .toList());
    assertEquals(
        List.of("169.254.169.254/32"),
        policy.getSpec().getEgress().get(0).getTo().get(0).getIpBlock().getExcept());
    // Everything is owned by the Secret, for the cluster's garbage collector.
    for (var object : List.of(pod, claim, service, ingress, policy)) {
      assertEquals(
          secret.getMetadata().getUid(), object.getMetadata().getOwnerReferences().get(0).getUid());
    }
  }

  @Test
  void pauseDeletesThePodAndKeepsClaimAndSecretResumeKeepsTheKey() {
    String sid = newSession();
    JsonPath started = start(startBody(sid, "img:1")).statusCode(200).extract().jsonPath();
    String runtimeId = started.getString("runtime_id");
    String key = started.getString("session_api_key");
    awaitStatus(sid, "running");
    String firstPod = onlyPod(runtimeId).getMetadata().getName();

    post("/pause", runtimeId).statusCode(200).body("status", equalTo("paused"));
    assertEquals(List.of(), pods(runtimeId));
    assertNotNull(
        client.persistentVolumeClaims().inNamespace(NS).withName("jh-" + runtimeId).get());
    assertEquals(
        "paused", onlySecret(runtimeId).getMetadata().getLabels().get(KubernetesNames.STATUS));
    session(sid).body("status", equalTo("paused")).body("pod_status", equalTo("not found"));

    post("/resume", runtimeId)
        .statusCode(200)
        .body("status", equalTo("starting"))
        .body("session_api_key", equalTo(key));
    awaitStatus(sid, "running");
    session(sid).body("restart_count", equalTo(1)).body("url", equalTo(started.getString("url")));
    Pod second = onlyPod(runtimeId);
    assertNotEquals(firstPod, second.getMetadata().getName());
    post("/resume", runtimeId).statusCode(409).body("detail", containsString("running"));
  }

  @Test
  void stopDeletesEverythingAndTheSessionStartsAnew() {
    String sid = newSession();
    String first = start(startBody(sid, "img:1")).statusCode(200).extract().path("runtime_id");
    start(startBody(sid, "img:1")).statusCode(200).body("runtime_id", equalTo(first));
    awaitStatus(sid, "running");

    post("/stop", first).statusCode(200).body("status", equalTo("stopped"));
    assertEquals(List.of(), objectsOf(client, first));
    session(sid).body("status", equalTo("stopped"));
    as(Cluster.ALPHA).get("/list").then().body("runtimes.runtime_id", not(hasItem(first)));
    post("/stop", first).statusCode(200);

    String second = start(startBody(sid, "img:1")).statusCode(200).extract().path("runtime_id");
    assertNotEquals(first, second);
    awaitStatus(sid, "running");
  }

  @Test
  void anImageThatCannotBePulledIsAnErrorWithTheReason() {
    String sid = newSession();
    start(startBody(sid, "registry.example/missing:1")).statusCode(200);
    awaitStatus(sid, "error");
    session(sid)
        .body("status_detail", containsString("ImagePullBackOff"))
        .body("pod_status", equalTo("failed"));
  }

  @Test
  void aCrashLoopIsAnErrorWithTheRestarts() {
    String sid = newSession();
    String runtimeId =
        start(startBody(sid, "img-crash:1")).statusCode(200).extract().path("runtime_id");
    awaitStatus(sid, "error");
    session(sid)
        .body("status_detail", containsString("CrashLoopBackOff"))
        .body("status_detail", containsString("restarted 3 times, last exit code 1"));
    // An errored runtime may be resumed: a new pod over the same claim.
    post("/resume", runtimeId).statusCode(200).body("status", equalTo("starting"));
    post("/stop", runtimeId).statusCode(200);
    assertEquals(List.of(), objectsOf(client, runtimeId));
  }

  @Test
  void aRunningSandboxThatStartsCrashingBecomesAnError() {
    String sid = newSession();
    String runtimeId = start(startBody(sid, "img:1")).statusCode(200).extract().path("runtime_id");
    awaitStatus(sid, "running");
    client
        .pods()
        .inNamespace(NS)
        .withName(onlyPod(runtimeId).getMetadata().getName())
        .editStatus(
            pod -> {
              var container = pod.getStatus().getContainerStatuses().get(0);
              container.setReady(false);
              container.setRestartCount(5);
              container.setState(
                  new ContainerStateBuilder()
                      .withNewWaiting()
                      .withReason("CrashLoopBackOff")
                      .withMessage("back-off 5m0s restarting failed container")
                      .endWaiting()
                      .build());
              return pod;
            });
    awaitStatus(sid, "error");
    session(sid)
        .body("status_detail", containsString("CrashLoopBackOff"))
        .body("status_detail", containsString("restarted 5 times"));
  }

  @Test
  void aPodNeverReadyIsAnErrorSayingWhy() {
    String sid = newSession();
    start(startBody(sid, "img-never-ready:1")).statusCode(200);
    session(sid).body("status", equalTo("starting")).body("pod_status", equalTo("pending"));
    awaitStatus(sid, "error");
    session(sid).body("status_detail", containsString("Unschedulable"));
  }

  @Test
  void aRootUserIsRefusedAndLeavesNothing() {
    String sid = newSession();
    Map<String, Object> body = new HashMap<>(startBody(sid, "img:1"));
    body.put("run_as_user", 0);
    start(body).statusCode(400).body("detail", containsString("run_as_user"));
    assertEquals(
        List.of(),
        client
            .secrets()
            .inNamespace(NS)
            .withLabel(KubernetesNames.MANAGED_BY)
            .list()
            .getItems()
            .stream()
            .filter(
                s ->
                    sid.equals(
                        s.getMetadata().getAnnotations().get(KubernetesNames.SESSION_ANNOTATION)))
            .toList());
  }

  private List<Pod> pods(String runtimeId) {
    return client
        .pods()
        .inNamespace(NS)
        .withLabel(KubernetesNames.RUNTIME, runtimeId)
        .list()
        .getItems();
  }

  private Pod onlyPod(String runtimeId) {
    List<Pod> pods = pods(runtimeId);
    assertEquals(1, pods.size());
    return pods.get(0);
  }

  private Secret onlySecret(String runtimeId) {
    List<Secret> secrets =
        client
            .secrets()
            .inNamespace(NS)
            .withLabel(KubernetesNames.RUNTIME, runtimeId)
            .list()
            .getItems();
    assertEquals(1, secrets.size());
    return secrets.get(0);
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
