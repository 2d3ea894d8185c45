package org.anxin.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real code keeps the architecture of DESIGN.md §3: every module's main classes (tests are left
 * out: they may use what they test from anywhere below), from this module's classpath.
 */
class ArchitectureTest {

  private static final String ROOT = "org.anxin";
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The guarantees' test fixtures come as a test-jar, which DO_NOT_INCLUDE_TESTS keeps.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(ROOT);
  }

  @Test
  void everyModuleIsImported() {
    // A rule over a classpath that lost a module would hold for the wrong reason.
    for (String known :
        List.of(
            "org.anxin.domain.Money",
            "org.anxin.guarantees.payout.PayoutRules",
            AnxinArchitecture.payoutFormulas(ROOT),
            "org.anxin.sla.calendar.BusinessCalendar",
            "org.anxin.simulator.engine.MonteCarloEngine",
            "org.anxin.staffing.run.StaffingRun",
            "org.anxin.cli.AnxinCli")) {
      assertTrue(classes.contain(known), known + " is not imported");
    }
    assertTrue(
        classes.stream().noneMatch(c -> c.getName().startsWith("org.anxin.architecture")),
        "test classes are left out");
  }

  @Test
  void theModulesDependOnlyDownTheGraph() {
    AnxinArchitecture.moduleGraph(ROOT).check(classes);
  }

  @Test
  void theEnginesNeverUseTheCli() {
    AnxinArchitecture.enginesNeverUseTheCli(ROOT).check(classes);
  }

  @Test
  void noPackageCycles() {
    AnxinArchitecture.noPackageCycles(ROOT).check(classes);
  }

  @Test
  void onlyThePayoutPackageCallsThePayoutFormulas() {
    AnxinArchitecture.payoutFormulasOnlyInThePayoutPackage(ROOT).check(classes);
  }

  @Test
  void theSimulatorNeverCallsThePayoutFormulas() {
    AnxinArchitecture.simulatorNeverUsesPayoutFormulas(ROOT).check(classes);
  }
}
