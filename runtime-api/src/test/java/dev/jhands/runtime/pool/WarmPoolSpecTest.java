package dev.jhands.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.StartRuntimeRequest;
import dev.jhands.events.runtime.WarmRuntimeConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarmPoolSpecTest {

  private static WarmPoolSpec pool(Integer user, Integer group, Integer fsGroup) {
    return new WarmPoolSpec(
        "p",
        "img",
        List.of("run", "--port", "60000"),
        1,
        null,
        null,
        Map.of("A", "b"),
        user,
        group,
        fsGroup,
        2,
        2);
  }

  private static StartRuntimeRequest start(Integer user, Integer group, Integer fsGroup) {
    return new StartRuntimeRequest(
        "img",
        RuntimeCommand.ofArgv("run", "--port", "60000"),
        null,
        Map.of("CALLER", "x"),
        "s",
        1,
        null,
        user,
        group,
        fsGroup,
        null);
  }

  @Test
  void aPoolWithIdsServesStartsThatNameTheSameOrNone() {
    WarmPoolSpec spec = pool(10001, 10002, 10003);

    assertTrue(spec.matches(start(10001, 10002, 10003)));
    assertTrue(spec.matches(start(null, null, null)));
    assertFalse(spec.matches(start(1000, 10002, 10003)), "another user");
    assertFalse(spec.matches(start(10001, 1000, 10003)), "another group");
    assertFalse(spec.matches(start(10001, 10002, 1000)), "another fsGroup");
  }

  @Test
  void aPoolWithoutIdsServesAnyIds() {
    assertTrue(pool(null, null, null).matches(start(4242, 4242, 4242)));
  }

  @Test
  void membersRunAsThePoolsIdsAndV1IsToldThem() {
    WarmPoolSpec spec = pool(10001, 10002, 10003);

    StartRuntimeRequest member = spec.memberRequest("warm-x");
    assertEquals(
        List.of(10001, 10002, 10003),
        List.of(member.runAsUser(), member.runAsGroup(), member.fsGroup()));
    WarmRuntimeConfig listed = spec.toWire();
    assertEquals(
        List.of(10001, 10002, 10003),
        List.of(listed.runAsUser(), listed.runAsGroup(), listed.fsGroup()));
    assertTrue(spec.matches(replayed(listed)), "V1 replays the listed config and must hit");
  }

  @Test
  void changingTheIdsReplacesTheMembers() {
    assertNotEquals(pool(null, null, null).fingerprint(), pool(10001, null, null).fingerprint());
  }

  private static StartRuntimeRequest replayed(WarmRuntimeConfig config) {
    return new StartRuntimeRequest(
        config.image(),
        RuntimeCommand.ofArgv(config.command().toArray(String[]::new)),
        config.workingDir(),
        config.environment(),
        "s",
        config.resourceFactor(),
        config.runtimeClass(),
        config.runAsUser(),
        config.runAsGroup(),
        config.fsGroup(),
        null);
  }
}
