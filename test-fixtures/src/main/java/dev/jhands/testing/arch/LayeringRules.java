package dev.jhands.testing.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module layering of jhands, as ArchUnit rules every module's {@code LayeringTest} applies to
 * its own main classes.
 *
 * <ul>
 *   <li>The wire model depends on Jackson and the JDK only, so any client (a CLI, a plugin, another
 *       JVM service) can use it without pulling in Quarkus.
 *   <li>A service's main code depends on no other service: services talk over HTTP and WebSocket
 *       and share only the wire model, so each can be deployed and scaled on its own.
 * </ul>
 *
 * The rules take the packages as arguments so {@code LayeringRulesTest} can show they catch a
 * violation.
 */
public final class LayeringRules {

  /** The root of every jhands package. */
  public static final String ROOT = "dev.jhands";

  /** The wire model's package (the {@code common-events} module). */
  public static final String WIRE = ROOT + ".events";

  /** Test support; never referenced from main code. */
  public static final String TESTING = ROOT + ".testing";

  private LayeringRules() {}

  /** The wire model uses nothing but Jackson, the JDK and itself. */
  public static ArchRule wireModelUsesOnlyJacksonAndTheJdk(String wirePackage) {
    return classes()
        .that()
        .resideInAPackage(wirePackage + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(wirePackage + "..", "java..", "com.fasterxml.jackson..")
        .because("common-events is the wire model every client shares: Jackson and the JDK only");
  }

  /** A service's code uses no jhands code but its own and the wire model's. */
  public static ArchRule serviceUsesOnlyItselfAndTheWireModel(
      String servicePackage, String wirePackage) {
    return noClasses()
        .that()
        .resideInAPackage(servicePackage + "..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(ROOT + "..")
                .and(not(resideInAnyPackage(servicePackage + "..", wirePackage + ".."))))
        .because("services talk over HTTP and WebSocket and share only common-events")
        .allowEmptyShould(true);
  }

  /** The main classes of everything under {@code dev.jhands} on this module's class path. */
  public static JavaClasses mainClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }
}
