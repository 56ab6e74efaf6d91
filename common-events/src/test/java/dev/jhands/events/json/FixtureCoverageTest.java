package dev.jhands.events.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every public wire record has at least one golden fixture, so a new type cannot go untested. */
class FixtureCoverageTest {

  @Test
  void everyPublicRecordHasAGoldenFixture() {
    Set<Class<?>> covered =
        GoldenFixtures.all().stream().map(GoldenFixtures.Fixture::type).collect(Collectors.toSet());

    List<String> missing =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(GoldenFixtures.BASE_PACKAGE)
                .stream()
                .filter(c -> c.isRecord() && c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> c.isTopLevelClass())
                .map(JavaClass::reflect)
                .filter(c -> !covered.contains(c))
                .map(Class::getName)
                .sorted()
                .toList();

    assertThat(missing)
        .as("wire records without a fixture under src/test/resources/fixtures")
        .isEmpty();
  }
}
