package dev.jhands.testing.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.jhands.testing.arch.fixture.alpha.AlphaUsesWire;
import dev.jhands.testing.arch.fixture.wire.CleanWireType;
import org.junit.jupiter.api.Test;

/**
 * Shows that the layering rules fail on a forbidden dependency, using small fixture packages that
 * play the wire model ({@code fixture.wire}) and two services ({@code fixture.alpha}, {@code
 * fixture.beta}).
 */
class LayeringRulesTest {

  private static final String FIXTURE = "dev.jhands.testing.arch.fixture";
  private static final String WIRE = FIXTURE + ".wire";
  private static final String ALPHA = FIXTURE + ".alpha";

  private final JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURE);

  @Test
  void wireRuleFlagsADependencyOutsideJacksonAndTheJdk() {
    EvaluationResult result =
        LayeringRules.wireModelUsesOnlyJacksonAndTheJdk(WIRE).evaluate(fixtures);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains("LeakyWireType").contains("JavaClass"))
        .noneSatisfy(line -> assertThat(line).contains("CleanWireType"));
  }

  @Test
  void serviceRuleFlagsADependencyOnAnotherService() {
    EvaluationResult result =
        LayeringRules.serviceUsesOnlyItselfAndTheWireModel(ALPHA, WIRE).evaluate(fixtures);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains("AlphaCallsBeta").contains("BetaClient"))
        .noneSatisfy(line -> assertThat(line).contains("AlphaUsesWire"));
  }

  @Test
  void rulesPassOnCodeThatKeepsTheLayering() {
    JavaClasses clean =
        new ClassFileImporter().importClasses(CleanWireType.class, AlphaUsesWire.class);

    assertThat(LayeringRules.wireModelUsesOnlyJacksonAndTheJdk(WIRE).evaluate(clean).hasViolation())
        .isFalse();
    assertThat(
            LayeringRules.serviceUsesOnlyItselfAndTheWireModel(ALPHA, WIRE)
                .evaluate(clean)
                .hasViolation())
        .isFalse();
  }
}
