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

  @Test
  void aLeakFiledOnTheWindowsLastDayIsPaidAndOneFiledTheDayAfterIsNot() {
    String leak = "leak: {probability: 0.05, rho: 0}";
    long[] onTheDay = counts(GuaranteeCode.LEAK_WARRANTY, leak, 0);
    assertTrue(Arrays.stream(onTheDay).sum() > 0, "leaks must be claimed here");
    assertArrayEquals(onTheDay, counts(GuaranteeCode.LEAK_WARRANTY, leak, 30));
    assertArrayEquals(new long[TRIALS], counts(GuaranteeCode.LEAK_WARRANTY, leak, 31));
  }

  @Test
  void aRentalSwitchHasThreeDays() {
    String rentalSwitch = "rentalSwitch: {probability: 0.05, rho: 0}";
    long[] onTheDay = counts(GuaranteeCode.RENTAL_SWITCH, rentalSwitch, 0);
    assertTrue(Arrays.stream(onTheDay).sum() > 0, "switches must be claimed here");
    assertArrayEquals(onTheDay, counts(GuaranteeCode.RENTAL_SWITCH, rentalSwitch, 3));
    assertArrayEquals(new long[TRIALS], counts(GuaranteeCode.RENTAL_SWITCH, rentalSwitch, 4));
  }
}
