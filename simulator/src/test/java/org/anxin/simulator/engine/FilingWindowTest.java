package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Claims are filed after a delay and rejected after the catalog's filing window, as {@code claims
 * assess} rejects them: a filing on the window's last day is paid, one the day after is not. The
 * built-in catalog gives LEAK_WARRANTY 30 days from the leak found and RENTAL_SWITCH 3 days from
 * the move-in.
 */
class FilingWindowTest {

  private static final int TRIALS = 12;

  private static long[] counts(GuaranteeCode code, String risk, int filingDelayDays) {
    Scenario scenario =
        TestScenarios.quiet(
            "claims: {filingDelayDays: {dist: fixed, value: " + filingDelayDays + "}}", risk);
    return MonteCarloEngine.of(scenario, Catalog.builtIn())
        .run(TRIALS, 20220731L, 1, null)
        .counts(code);
  }

  /** Claims filed on the window's last day are all paid, and those filed the day after none. */
  private static void assertTheWindowIs(int days, GuaranteeCode code, String risk) {
    long[] onTheDay = counts(code, risk, 0);
    assertTrue(Arrays.stream(onTheDay).sum() > 0, code + " must be claimed here");
    assertArrayEquals(onTheDay, counts(code, risk, days), "filed on the last day");
    assertArrayEquals(new long[TRIALS], counts(code, risk, days + 1), "filed the day after");
  }

  @Test
  void aLeakFiledOnTheWindowsLastDayIsPaidAndOneFiledTheDayAfterIsNot() {
    assertTheWindowIs(30, GuaranteeCode.LEAK_WARRANTY, "leak: {probability: 0.05, rho: 0}");
  }

  @Test
  void aRentalSwitchHasThreeDays() {
    assertTheWindowIs(3, GuaranteeCode.RENTAL_SWITCH, "rentalSwitch: {probability: 0.05, rho: 0}");
  }
}
