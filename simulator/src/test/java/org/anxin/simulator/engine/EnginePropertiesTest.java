package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Invariants of the engine over generated seeds and thread counts. */
class EnginePropertiesTest {

  /** A small book with every risk and swap chains, so that every code path runs. */
  private static final Scenario BOOK =
      ScenarioLoader.parse(
          "name: small\nbook: {deals: 800}\nswap: {share: 0.6}\n"
              + "risks: {buyerCannotFund: {probability: 0.1}, seizureBeforeSigning: {probability:"
              + " 0.05}, stigmatizedHome: {probability: 0.01}}\n");

  private static final MonteCarloEngine ENGINE = MonteCarloEngine.of(BOOK, Catalog.builtIn());

  @Test
  void resultsArePureFunctionsOfTheSeedWhateverTheThreads() {
    qt().forAll(longs().all(), integers().between(2, 9))
        .checkAssert(
            (seed, threads) -> {
              TrialResults one = ENGINE.run(40, seed, 1, null);
              TrialResults many = ENGINE.run(40, seed, threads, null);
              for (TrialResults.Column column : TrialResults.Column.values()) {
                assertArrayEquals(one.column(column), many.column(column), column.name());
              }
            });
  }

  @Test
  void everyTrialsLedgerBalances() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              TrialResults results = ENGINE.run(6, seed, 1, null);
              for (int t = 0; t < results.trials(); t++) {
                long sum = 0;
                int payouts = 0;
                for (GuaranteeCode code : GuaranteeCode.values()) {
                  long cost = results.cost(code, t);
                  assertTrue(cost >= 0, code.name());
                  sum += cost;
                  if (code != GuaranteeCode.COMMISSION_REFUND) {
                    payouts += results.count(code, t);
                  }
                }
                assertEquals(results.netCost(t), sum);
                assertEquals(results.payouts(t), payouts);
                assertEquals(results.advanced(t), results.recovered(t) + results.writtenOff(t));
                assertTrue(
                    results.peakOutstanding(t) <= results.advanced(t) + results.boughtBack(t));
              }
            });
  }

  @Test
  void differentSeedsGiveDifferentYears() {
    qt().forAll(longs().all())
        .checkAssert(
            seed ->
                assertFalse(
                    Arrays.equals(
                        ENGINE.run(20, seed, 1, null).netCosts(),
                        ENGINE.run(20, seed + 1, 1, null).netCosts())));
  }
}
