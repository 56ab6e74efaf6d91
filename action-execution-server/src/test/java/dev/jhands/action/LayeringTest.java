package dev.jhands.action;

import dev.jhands.testing.arch.LayeringRules;
import org.junit.jupiter.api.Test;

class LayeringTest {

  @Test
  void usesNoOtherServiceModule() {
    LayeringRules.serviceUsesOnlyItselfAndTheWireModel("dev.jhands.action", LayeringRules.WIRE)
        .check(LayeringRules.mainClasses());
  }
}
