package dev.jhands.app;

import dev.jhands.testing.arch.LayeringRules;
import org.junit.jupiter.api.Test;

class LayeringTest {

  @Test
  void usesNoOtherServiceModule() {
    LayeringRules.serviceUsesOnlyItselfAndTheWireModel("dev.jhands.app", LayeringRules.WIRE)
        .check(LayeringRules.mainClasses());
  }
}
