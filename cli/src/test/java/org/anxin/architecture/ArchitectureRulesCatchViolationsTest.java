package org.anxin.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on a violation, so {@link ArchitectureTest} passing means something.
 * The fixture tree {@code org.anxin.architecture.fixture} has a small class per possible dependency
 * between its five modules ({@code DomainEdges.OnCli}: a domain class on the CLI, ...), and calls
 * of its {@code PayoutFormulas} from inside and outside its payout package.
 */
class ArchitectureRulesCatchViolationsTest {

  private static final String FIXTURE = "org.anxin.architecture.fixture";
  private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE);

  /** For each module of the fixture, the modules it may depend on (DESIGN.md §3). */
  private static final Map<String, List<String>> ALLOWED =
      Map.of(
          "domain", List.of(),
          "guarantees", List.of("domain"),
          "sla", List.of("domain"),
          "simulator", List.of("domain", "guarantees"),
          "cli", List.of("domain", "guarantees", "sla", "simulator"));

  private static String failures(ArchRule rule, JavaClasses classes) {
    EvaluationResult result = rule.evaluate(classes);
    assertTrue(result.hasViolation(), rule.getDescription() + " found no violation");
    return String.join("\n", result.getFailureReport().getDetails());
  }

  /** The fixture class of {@code from} that depends on {@code to}, as violations name it. */
  private static String edge(String from, String to) {
    return FIXTURE + "." + from + "." + capitalized(from) + "Edges$On" + capitalized(to);
  }

  private static String capitalized(String module) {
    return Character.toUpperCase(module.charAt(0)) + module.substring(1);
  }

  @Test
  void theModuleGraphRefusesEveryEdgeUpTheGraphAndOnlyThose() {
    String failures = failures(AnxinArchitecture.moduleGraph(FIXTURE), FIXTURES);
    for (String from : ALLOWED.keySet()) {
      for (String to : ALLOWED.keySet()) {
        if (from.equals(to)) {
          continue;
        }
        boolean allowed = ALLOWED.get(from).contains(to);
        assertTrue(
            failures.contains(edge(from, to) + ".") != allowed,
            from + " → " + to + (allowed ? " is allowed" : " is refused") + ":\n" + failures);
      }
    }
  }

  @Test
  void theEnginesMayNotUseTheCli() {
    String failures = failures(AnxinArchitecture.enginesNeverUseTheCli(FIXTURE), FIXTURES);
    for (String engine : List.of("domain", "guarantees", "sla", "simulator")) {
      assertTrue(failures.contains(edge(engine, "cli")), engine + ":\n" + failures);
    }
    assertFalse(failures.contains("CliEdges$On"), failures);
  }

  @Test
  void onlyThePayoutPackageMayCallTheFormulas() {
    String failures =
        failures(AnxinArchitecture.payoutFormulasOnlyInThePayoutPackage(FIXTURE), FIXTURES);
    assertTrue(failures.contains("GuaranteesEdges.usesFormulas"), failures);
    assertTrue(failures.contains("SimulatorEdges.usesFormulas"), failures);
    assertFalse(failures.contains("usesRules"), failures);
    assertFalse(failures.contains("PayoutRules.pay"), failures);
  }

  @Test
  void theSimulatorMayNotCallTheFormulas() {
    String failures =
        failures(AnxinArchitecture.simulatorNeverUsesPayoutFormulas(FIXTURE), FIXTURES);
    assertTrue(failures.contains("SimulatorEdges.usesFormulas"), failures);
    assertFalse(failures.contains("usesRules"), failures);
  }

  @Test
  void aPackageCycleIsRefused() {
    String cycles = "org.anxin.architecture.cycles";
    String failures =
        failures(
            AnxinArchitecture.noPackageCycles(cycles),
            new ClassFileImporter().importPackages(cycles));
    assertTrue(failures.contains("cycles.a.A") && failures.contains("cycles.b.B"), failures);
  }

  @Test
  void aRuleOverClassesItDoesNotFindFailsRatherThanHolds() {
    JavaClasses nothing = new ClassFileImporter().importClasses();
    for (ArchRule rule :
        List.of(
            AnxinArchitecture.moduleGraph(FIXTURE),
            AnxinArchitecture.enginesNeverUseTheCli(FIXTURE),
            AnxinArchitecture.payoutFormulasOnlyInThePayoutPackage(FIXTURE),
            AnxinArchitecture.simulatorNeverUsesPayoutFormulas(FIXTURE),
            AnxinArchitecture.noPackageCycles(FIXTURE))) {
      assertThrows(AssertionError.class, () -> rule.check(nothing), "over no classes: " + rule);
    }
    // Classes, but none of the modules a rule is about: a classpath that lost them.
    JavaClasses elsewhere = new ClassFileImporter().importPackages("org.anxin.architecture.cycles");
    for (ArchRule rule :
        List.of(
            AnxinArchitecture.moduleGraph(FIXTURE),
            AnxinArchitecture.enginesNeverUseTheCli(FIXTURE),
            AnxinArchitecture.simulatorNeverUsesPayoutFormulas(FIXTURE),
            AnxinArchitecture.noPackageCycles(FIXTURE))) {
      assertThrows(
          AssertionError.class, () -> rule.check(elsewhere), "over other classes: " + rule);
    }
  }
}
