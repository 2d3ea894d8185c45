package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A claim whose fact comes to light outside its guarantee's window is rejected, as {@code claims
 * assess} rejects it: a leak found on the warranty's last day is paid, one found the day after is
 * not; the same for the arrears' coverage and the buy-backs' discovery window. The built-in catalog
 * gives LEAK_WARRANTY 180 days after the handover, FEE_ARREARS 365 days after it, and
 * STIGMATIZED_HOME and RADIATION 365 days after the transfer.
 */
class DiscoveryWindowTest {

  private static final int TRIALS = 12;

  private static final String RESALES_ONLY =
      "book: {deals: 20000, mix: {resale: 1, newHome: 0, rental: 0}}\nswap: {share: 0}";

  private static long[] counts(GuaranteeCode code, String risk, int discoveryDays) {
    String line =
        risk.substring(0, risk.lastIndexOf('}'))
            + ", discoveryDelayDays: {dist: fixed, value: "
            + discoveryDays
            + "}}";
    Scenario scenario = TestScenarios.quiet(RESALES_ONLY, line);
    return MonteCarloEngine.of(scenario, Catalog.builtIn())
        .run(TRIALS, 20220731L, 1, null)
        .counts(code);
  }

  /** Facts found on the window's last day are all paid, and those found the day after none. */
  private static void assertTheWindowIs(int days, GuaranteeCode code, String risk) {
    long[] atOnce = counts(code, risk, 0);
    assertTrue(Arrays.stream(atOnce).sum() > 0, code + " must be claimed here");
    assertArrayEquals(atOnce, counts(code, risk, days), "found on the last day");
    assertArrayEquals(new long[TRIALS], counts(code, risk, days + 1), "found the day after");
  }

  @Test
  void aLeakFoundOnTheWarrantysLastDayIsPaidAndOneFoundTheDayAfterIsNot() {
    assertTheWindowIs(180, GuaranteeCode.LEAK_WARRANTY, "leak: {probability: 0.05, rho: 0}");
  }

  @Test
  void arrearsClaimedWithinTheCoverage() {
    assertTheWindowIs(365, GuaranteeCode.FEE_ARREARS, "feeArrears: {probability: 0.05, rho: 0}");
  }

  @Test
  void aStigmaOrRadiationFoundWithinTheDiscoveryWindow() {
    assertTheWindowIs(
        365, GuaranteeCode.STIGMATIZED_HOME, "stigmatizedHome: {probability: 0.01, rho: 0}");
    assertTheWindowIs(365, GuaranteeCode.RADIATION, "radiation: {probability: 0.01, rho: 0}");
  }

  @Test
  void theDefaultDiscoveryDelaysRejectTheLateFacts() {
    // The defaults: a leak found a lognormal number of days after the handover (median 45): about
    // 8 % of leaks fall after the 180-day warranty.
    String leak = "leak: {probability: 0.05, rho: 0}";
    long atOnce = Arrays.stream(counts(GuaranteeCode.LEAK_WARRANTY, leak, 0)).sum();
    Scenario defaults =
        TestScenarios.quiet(
            RESALES_ONLY,
            "leak: {probability: 0.05, rho: 0, discoveryDelayDays: {dist: lognormal, median: 45,"
                + " sigma: 1.0}}");
    long late =
        atOnce
            - Arrays.stream(
                    MonteCarloEngine.of(defaults, Catalog.builtIn())
                        .run(TRIALS, 20220731L, 1, null)
                        .counts(GuaranteeCode.LEAK_WARRANTY))
                .sum();
    // P(lognormal(ln 45, 1) > 180) = 1 − Φ(ln 4) = 0.0828; ~12,000 leaks: within 5 standard errors.
    double share = (double) late / atOnce;
    assertTrue(Math.abs(share - 0.0828) < 0.013, "rejected share " + share);
  }
}
