package org.anxin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules of DESIGN.md §3, for the modules under a root package: {@code org.anxin}
 * for the real code, a fixture root in the tests that show each rule failing. Every rule refuses to
 * pass on nothing: a rule whose classes are missing fails rather than holding vacuously.
 */
final class AnxinArchitecture {

  static final String DOMAIN = "domain";
  static final String GUARANTEES = "guarantees";
  static final String SLA = "sla";
  static final String SIMULATOR = "simulator";
  static final String STAFFING = "staffing";
  static final String CLI = "cli";

  private AnxinArchitecture() {}

  private static String module(String root, String module) {
    return root + "." + module + "..";
  }

  /**
   * The module graph: {@code domain ← guarantees ← simulator ← staffing ← cli}, {@code domain ← sla
   * ← staffing} and {@code sla ← cli} (A ← B: B depends on A), nothing reaching up it. Every class
   * under the root belongs to a module, and every module has classes.
   */
  static ArchRule moduleGraph(String root) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .ensureAllClassesAreContainedInArchitecture()
        .withOptionalLayers(false)
        .layer(DOMAIN)
        .definedBy(module(root, DOMAIN))
        .layer(GUARANTEES)
        .definedBy(module(root, GUARANTEES))
        .layer(SLA)
        .definedBy(module(root, SLA))
        .layer(SIMULATOR)
        .definedBy(module(root, SIMULATOR))
        .layer(STAFFING)
        .definedBy(module(root, STAFFING))
        .layer(CLI)
        .definedBy(module(root, CLI))
        .whereLayer(DOMAIN)
        .mayNotAccessAnyLayer()
        .whereLayer(GUARANTEES)
        .mayOnlyAccessLayers(DOMAIN)
        .whereLayer(SLA)
        .mayOnlyAccessLayers(DOMAIN)
        .whereLayer(SIMULATOR)
        .mayOnlyAccessLayers(DOMAIN, GUARANTEES)
        .whereLayer(STAFFING)
        .mayOnlyAccessLayers(DOMAIN, GUARANTEES, SLA, SIMULATOR)
        .whereLayer(CLI)
        .mayOnlyAccessLayers(DOMAIN, GUARANTEES, SLA, SIMULATOR, STAFFING)
        .allowEmptyShould(false);
  }

  /** The engine modules never use the command line, not even a constant of it. */
  static ArchRule enginesNeverUseTheCli(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(
            module(root, DOMAIN),
            module(root, GUARANTEES),
            module(root, SLA),
            module(root, SIMULATOR))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(module(root, CLI))
        .allowEmptyShould(false);
  }

  /** No package depends on itself through others, inside a module or across modules. */
  static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles().allowEmptyShould(false);
  }

  /** The payout formulas' arithmetic is reached through {@code PayoutRules} alone. */
  static ArchRule payoutFormulasOnlyInThePayoutPackage(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".guarantees.payout..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(payoutFormulas(root))
        .allowEmptyShould(false);
  }

  /**
   * The simulator computes every payout through {@code PayoutRules}, as {@code claims assess} does
   * (issue 8: its hot loop once called the formulas with caps of its own).
   */
  static ArchRule simulatorNeverUsesPayoutFormulas(String root) {
    return noClasses()
        .that()
        .resideInAPackage(module(root, SIMULATOR))
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(payoutFormulas(root))
        .allowEmptyShould(false);
  }

  static String payoutFormulas(String root) {
    return root + ".guarantees.payout.PayoutFormulas";
  }
}
