package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.anxin.domain.deal.DealKind;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
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

  /**
   * Without an observer or a claim sink the engine resolves an incident alone on its deal outside
   * the chains risk by risk, out of deal order; with one, every deal in order. The figures must be
   * the same bits either way, on a book where many deals have several incidents and most are in
   * chains, and over a path of years.
   */
  @Test
  void resultsAreTheSameResolvedInDealOrder() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(1, 3))
        .checkAssert(
            (seed, years) -> {
              TrialResults anyOrder = ENGINE.run(12, years, seed, 1, null);
              TrialResults inOrder = ENGINE.run(12, years, seed, 1, null, IGNORED_CLAIMS);
              assertSameFigures(anyOrder, inOrder);
              if (years == 1) {
                assertSameFigures(anyOrder, ENGINE.run(12, seed, 1, null, new RecordingObserver()));
              }
            });
  }

  private static void assertSameFigures(TrialResults expected, TrialResults actual) {
    for (TrialResults.Column column : TrialResults.Column.values()) {
      assertArrayEquals(expected.column(column), actual.column(column), column.name());
    }
    for (GuaranteeCode code : GuaranteeCode.values()) {
      for (int t = 0; t < expected.trials(); t++) {
        assertEquals(expected.cost(code, t), actual.cost(code, t), code.name());
        assertEquals(expected.count(code, t), actual.count(code, t), code.name());
      }
    }
    assertArrayEquals(expected.cashOutByMonth, actual.cashOutByMonth);
    assertArrayEquals(expected.outstandingByMonth, actual.outstandingByMonth);
    PathResults path = expected.path();
    for (int y = 0; y < path.years(); y++) {
      for (int t = 0; t < expected.trials(); t++) {
        assertEquals(path.netCost(y, t), actual.path().netCost(y, t), "net cost, year " + y);
        assertEquals(path.advanced(y, t), actual.path().advanced(y, t), "advanced, year " + y);
        assertEquals(path.payouts(y, t), actual.path().payouts(y, t), "payouts, year " + y);
      }
    }
    assertArrayEquals(path.pathPeak, actual.path().pathPeak, "peak outstanding of the path");
    for (int t = 0; t < expected.trials(); t++) {
      assertEquals(expected.incidents(t), actual.incidents(t));
    }
  }

  /** A claim sink that keeps nothing: the engine then resolves every deal in order. */
  private static final ClaimSink IGNORED_CLAIMS =
      new ClaimSink() {
        @Override
        public Recorder recorder() {
          return new Recorder() {
            @Override
            public void claim(
                int trial,
                int pathYear,
                GuaranteeCode code,
                DealKind segment,
                int deal,
                int day,
                PayoutKind kind,
                long count,
                long amountFen,
                long recoveredFen,
                long writtenOffFen) {}

            @Override
            public void endChunk(int chunk) {}
          };
        }

        @Override
        public void abort() {}
      };
}
