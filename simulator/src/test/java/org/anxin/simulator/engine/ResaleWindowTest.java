package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Locale;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The resale window is real: a broken funding sale's home resold on the window's last day rescues
 * the purchase, one day later it does not, and a longer window never breaks more purchases.
 */
class ResaleWindowTest {

  private static final int TRIALS = 20;

  private static long[] swapCancellations(
      long seed, double found, int windowDays, String delay, double loading) {
    String yaml =
        String.format(
            Locale.ROOT,
            "name: window\nbook: {deals: 6000}\n"
                + "swap: {share: 0.6, rescueProbability: %s, resaleWindowDays: %d,"
                + " resaleDelayDays: %s}\n"
                + "risks: {buyerCannotFund: {probability: 0.05}}\n"
                + "badYear: {resaleDelayDays: %s}\n",
            found,
            windowDays,
            delay,
            loading);
    return MonteCarloEngine.of(ScenarioLoader.parse(yaml), Catalog.builtIn())
        .run(TRIALS, seed, 1, null)
        .counts(GuaranteeCode.SWAP_CANCELLATION);
  }

  @Test
  void aResaleOnTheWindowsLastDayRescuesAndOneDayLaterDoesNot() {
    long seed = 20220731L;
    String fourteenDays = "{dist: fixed, value: 14}";
    String immediately = "{dist: fixed, value: 0}";
    long[] inTime = swapCancellations(seed, 0.5, 14, fourteenDays, 0);
    long[] sameDay = swapCancellations(seed, 0.5, 14, immediately, 0);
    long[] tooLate = swapCancellations(seed, 0.5, 13, fourteenDays, 0);
    long[] neverFound = swapCancellations(seed, 0, 13, fourteenDays, 0);
    assertArrayEquals(sameDay, inTime, "a resale on the last day is in time");
    assertArrayEquals(neverFound, tooLate, "a resale a day after the window rescues nothing");
    assertFalse(Arrays.equals(inTime, tooLate), "the window must decide something here");
  }

  @Test
  void aLongerWindowNeverBreaksMorePurchasesInAnyYear() {
    qt().withExamples(8)
        .forAll(
            longs().all(),
            integers().between(0, 60),
            integers().between(1, 60),
            integers().between(0, 1))
        .checkAssert(
            (seed, window, longer, loaded) -> {
              String delay = "{dist: lognormal, median: 12, sigma: 0.9}";
              double loading = loaded * 0.5;
              long[] shorter = swapCancellations(seed, 0.6, window, delay, loading);
              long[] longerWindow = swapCancellations(seed, 0.6, window + longer, delay, loading);
              for (int t = 0; t < TRIALS; t++) {
                assertTrue(
                    longerWindow[t] <= shorter[t],
                    "trial " + t + ": " + shorter[t] + " claims, then " + longerWindow[t]);
              }
            });
  }
}
