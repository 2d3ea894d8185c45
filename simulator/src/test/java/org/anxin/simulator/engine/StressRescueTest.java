package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A stress regime's {@code rescueProbability} replaces the swap's while the regime is in force. */
class StressRescueTest {

  private static final Catalog CATALOG = Catalog.builtIn();

  /**
   * Every sale funds a purchase; every broken sale's home finds a buyer at once, unless stressed.
   */
  private static Scenario chains(String regime, String rescue) {
    return TestScenarios.quiet(
        "book: {deals: 2000, mix: {resale: 1, newHome: 0, rental: 0}}\n"
            + "swap: {share: 1, rescueProbability: 1, resaleDelayDays: {dist: fixed, value: 0}}\n"
            + "stress: {regime: "
            + regime
            + ", regimes: {squeeze: {description: fewer buyers, rescueProbability: "
            + rescue
            + "}}}",
        "buyerCannotFund: {probability: 0.2, rho: 0}");
  }

  private static int breaks(Scenario scenario) {
    RecordingObserver observer = new RecordingObserver();
    MonteCarloEngine.of(scenario, CATALOG).run(10, 3, 1, null, observer);
    return observer.chainBreaks.size();
  }

  @Test
  void theRegimeInForceMakesRescuesScarcer() {
    assertEquals(0, breaks(chains("none", "0")), "unstressed: every broken sale is rescued");
    int stressed = breaks(chains("squeeze", "0"));
    assertTrue(stressed > 100, "under the regime no broken sale is rescued: " + stressed);
    int half = breaks(chains("squeeze", "0.5"));
    assertTrue(half > 0 && half < stressed, half + " of " + stressed);
  }

  @Test
  void theCreditSqueezeCarriesItsFewerRescues() {
    Scenario squeeze = ScenarioLoader.resolve("shanghai-credit-squeeze");
    Scenario base = ScenarioLoader.resolve("shanghai-default");
    assertEquals(0.55, new CompiledScenario(base, CATALOG).rescueProbability);
    assertEquals(0.31, new CompiledScenario(squeeze, CATALOG).rescueProbability);
    // The regime, not the scenario's swap section, carries it: the swap's chance is the default's.
    assertEquals(0.55, squeeze.swap().rescueProbability());
  }

  @Test
  void aRescueProbabilityOutsideZeroToOneIsRefused() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> chains("squeeze", "1.5").validate());
    assertTrue(e.getMessage().contains("stress.regimes.squeeze.rescueProbability"), e.getMessage());
  }
}
