package org.anxin.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The spark module is the top of the module graph: it uses the command line and the engines, and
 * nothing of Anxin uses it; Spark and Scala appear in it alone (docs/development.md).
 */
class SparkArchitectureTest {

  private static final JavaClasses ANXIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.anxin");

  @Test
  void nothingOfAnxinUsesTheSparkModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.anxin.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.anxin.spark..")
        .check(ANXIN);
  }

  @Test
  void sparkAndScalaAppearOnlyInTheSparkModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.anxin.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.logging..")
        .check(ANXIN);
  }
}
