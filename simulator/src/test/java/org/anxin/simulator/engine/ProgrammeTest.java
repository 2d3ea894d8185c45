package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringWriter;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.report.TrialsCsv;
import org.anxin.simulator.report.YearsCsv;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A programme run ({@code --years K}): each trial a path of K years, the book growing, the market
 * factor an AR(1) process, cash carried across the years. Its first year is the one-year run.
 */
class ProgrammeTest {

  private static final Catalog CATALOG = Catalog.builtIn();

  /** The default risks on a smaller book, growing 10 % a year, with a persistent market. */
  private static final Scenario BOOK =
      ScenarioLoader.parse(
          "name: programme\nbook: {deals: 3000}\nprogramme: {growth: 0.1, persistence: 0.6}");

  private static String csv(TrialResults results) throws IOException {
    StringWriter out = new StringWriter();
    TrialsCsv.write(results, out);
    return out.toString();
  }

  private static String years(TrialResults results) throws IOException {
    StringWriter out = new StringWriter();
    YearsCsv.write(results.path(), results.trials(), out);
    return out.toString();
  }

  @Test
  void theFirstYearOfEveryPathIsTheOneYearRunsTrial() throws IOException {
    MonteCarloEngine engine = MonteCarloEngine.of(BOOK, CATALOG);
    TrialResults oneYear = engine.run(200, 7L, 2, null);
    TrialResults threeYears = engine.run(200, 3, 7L, 2, null);
    assertEquals(csv(oneYear), csv(threeYears));
    for (int m = 0; m < CompiledScenario.PROFILE_MONTHS; m++) {
      assertArrayEquals(oneYear.cashOut(m), threeYears.cashOut(m));
      assertArrayEquals(oneYear.outstanding(m), threeYears.outstanding(m));
    }
    assertEquals(1, oneYear.path().years());
    assertEquals(3, threeYears.path().years());
  }

  @Test
  void pathsAreTheSameBytesWhateverTheThreads() throws IOException {
    MonteCarloEngine engine = MonteCarloEngine.of(BOOK, CATALOG);
    TrialResults oneThread = engine.run(120, 4, 11L, 1, null);
    TrialResults threeThreads = engine.run(120, 4, 11L, 3, null);
    String one = years(oneThread);
    assertEquals(one, years(threeThreads));
    assertArrayEquals(oneThread.path().pathPeaks(), threeThreads.path().pathPeaks());
    assertEquals(1 + 120 * 4, one.lines().count());
  }

  @Test
  void theBookGrowsAndTheYearsAreConsecutiveCalendarYears() {
    TrialResults results = MonteCarloEngine.of(BOOK, CATALOG).run(40, 4, 3L, 2, null);
    PathResults path = results.path();
    for (int y = 0; y < 4; y++) {
      assertEquals(Math.round(3000 * StrictMath.pow(1.1, y)), path.deals(y));
      assertEquals(2025 + y, path.calendarYear(y));
    }
  }

  /**
   * Each trial's cumulative figures are its years' sums, and the path's peak outstanding is at
   * least the first year's: later years only add what is outstanding on any day.
   */
  @Test
  void cumulativeFiguresAddUpAndThePathPeakHoldsTheFirstYears() {
    qt().withExamples(8)
        .forAll(longs().all(), integers().between(2, 4))
        .checkAssert(
            (seed, years) -> {
              TrialResults results =
                  MonteCarloEngine.of(BOOK, CATALOG).run(30, years, seed, 2, null);
              PathResults path = results.path();
              long[] cumulative = path.cumulativeNetCost();
              for (int t = 0; t < 30; t++) {
                long sum = 0;
                for (int y = 0; y < years; y++) {
                  sum += path.netCost(y, t);
                  assertEquals(path.advanced(y, t), path.recovered(y, t) + path.writtenOff(y, t));
                }
                assertEquals(sum, cumulative[t]);
                assertEquals(results.netCost(t), path.netCost(0, t));
                assertTrue(path.pathPeak(t) >= results.peakOutstanding(t), "trial " + t);
              }
            });
  }

  /**
   * The market factor of every path year is standard normal, and consecutive years correlate by the
   * persistence φ = 0.6: over 20,000 paths the sample mean, variance and lag-1 correlation stay
   * within 5 standard errors (0.035, 0.05 and 0.041: Var(Z·Z') = 1 + φ²).
   */
  @Test
  void theMarketFactorIsAnAr1ProcessOfStandardNormals() {
    Scenario tiny =
        ScenarioLoader.parse(
            "name: market\nbook: {deals: 10}\nprogramme: {growth: 0, persistence: 0.6}");
    PathResults path = MonteCarloEngine.of(tiny, CATALOG).run(20_000, 3, 5L, 2, null).path();
    int n = 20_000;
    for (int y = 0; y < 3; y++) {
      double sum = 0;
      double squares = 0;
      for (int t = 0; t < n; t++) {
        double z = path.marketFactor(y, t);
        sum += z;
        squares += z * z;
      }
      double mean = sum / n;
      assertEquals(0, mean, 0.035, "mean of year " + y);
      assertEquals(1, squares / n - mean * mean, 0.05, "variance of year " + y);
    }
    for (int y = 1; y < 3; y++) {
      double product = 0;
      for (int t = 0; t < n; t++) {
        product += path.marketFactor(y - 1, t) * path.marketFactor(y, t);
      }
      assertEquals(0.6, product / n, 0.041, "lag-1 correlation into year " + y);
    }
  }

  @Test
  void aProgrammeTooLongOrGrowingPastTheLargestBookIsRefused() {
    InvalidInputException zero =
        assertThrows(InvalidInputException.class, () -> MonteCarloEngine.checkYears(BOOK, 0));
    assertEquals("--years", zero.field());
    assertThrows(InvalidInputException.class, () -> MonteCarloEngine.checkYears(BOOK, 51));
    Scenario huge =
        ScenarioLoader.parse(
            "name: huge\nbook: {deals: 9000000}\nprogramme: {growth: 0.5, persistence: 0}");
    InvalidInputException grows =
        assertThrows(InvalidInputException.class, () -> MonteCarloEngine.checkYears(huge, 3));
    assertTrue(grows.getMessage().contains("20250000 deals"), grows.getMessage());
  }
}
