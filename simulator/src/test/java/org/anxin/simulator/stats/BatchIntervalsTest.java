package org.anxin.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Intervals from batches: held to a direct double-precision computation of the same formula, and,
 * on independent lognormal losses (where the batches are exchangeable and the truth is known), to
 * their promised coverage over repeated runs.
 */
class BatchIntervalsTest {

  private static final int BATCHES = 20;

  private static long[] lognormalLosses(SplittableRandom random, int n) {
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] = Math.round(1e6 * Math.exp(0.8 * random.nextGaussian()));
    }
    return values;
  }

  @Test
  void theMeanIntervalIsTheRunsMeanPlusOrMinusTTimesTheBatchMeansStandardError() {
    qt().withExamples(50)
        .forAll(longs().all(), integers().between(40, 3000))
        .checkAssert(
            (seed, n) -> {
              long[] values = lognormalLosses(new SplittableRandom(seed), n);
              Distribution all = Distribution.of(values);
              Interval mean =
                  BatchIntervals.of(values, all, TrialRanking.of(values), BATCHES).mean();
              double[] batchMeans = new double[BATCHES];
              int[] counts = new int[BATCHES];
              for (int t = 0; t < n; t++) {
                batchMeans[t % BATCHES] += values[t];
                counts[t % BATCHES]++;
              }
              double sum = 0;
              for (int b = 0; b < BATCHES; b++) {
                batchMeans[b] /= counts[b];
                sum += batchMeans[b];
              }
              double average = sum / BATCHES;
              double squares = 0;
              for (double m : batchMeans) {
                squares += (m - average) * (m - average);
              }
              double se = Math.sqrt(squares / (BATCHES - 1) / BATCHES);
              double centre = all.mean().doubleValue();
              double half = 2.093024054408263 * se;
              assertEquals(centre - half, mean.lower().orElseThrow().doubleValue(), 1e-6 * half);
              assertEquals(centre + half, mean.upper().orElseThrow().doubleValue(), 1e-6 * half);
              assertEquals(
                  se, BatchIntervals.meanStandardError(values, BATCHES).doubleValue(), 1e-9 * se);
            });
  }

  /**
   * 400 runs of 10,000 independent lognormal losses: the batch intervals of the mean, the VaR 99.5
   * % and the TVaR 99.5 % each cover the true value in 95 % of runs, give or take the binomial
   * spread of 400 runs (±2.7 % at three standard errors) and, for the tail figures, the bias of a
   * quantile of 500 values.
   */
  @Test
  void onIndependentLossesTheIntervalsCoverTheTruthAsOftenAsTheyPromise() {
    double sigma = 0.8;
    double trueMean = 1e6 * Math.exp(sigma * sigma / 2);
    double z995 = 2.5758293035489004;
    double trueVar = 1e6 * Math.exp(sigma * z995);
    // E[X | X > VaR] = mean · Φ(σ − z) / 0.005 for a lognormal.
    double trueTvar = trueMean * org.anxin.simulator.random.Normal.cdf(sigma - z995) / 0.005;
    SplittableRandom random = new SplittableRandom(20240601L);
    int runs = 400;
    int meanHits = 0;
    int varHits = 0;
    int tvarHits = 0;
    for (int r = 0; r < runs; r++) {
      long[] values = lognormalLosses(random, 10_000);
      CostIntervals intervals =
          BatchIntervals.of(values, Distribution.of(values), TrialRanking.of(values), BATCHES);
      meanHits += intervals.mean().contains(BigDecimal.valueOf(trueMean)) ? 1 : 0;
      varHits += intervals.var995().contains(BigDecimal.valueOf(trueVar)) ? 1 : 0;
      tvarHits += intervals.tvar995().contains(BigDecimal.valueOf(trueTvar)) ? 1 : 0;
    }
    assertTrue(Math.abs(meanHits / (double) runs - 0.95) < 0.033, "mean covered " + meanHits);
    assertTrue(Math.abs(varHits / (double) runs - 0.95) < 0.05, "VaR covered " + varHits);
    assertTrue(Math.abs(tvarHits / (double) runs - 0.95) < 0.06, "TVaR covered " + tvarHits);
  }

  @Test
  void tooFewValuesOrBatchesAreRefused() {
    long[] values = new long[10];
    Distribution d = Distribution.of(values);
    assertThrows(
        IllegalArgumentException.class,
        () -> BatchIntervals.of(values, d, TrialRanking.of(values), 20));
    assertThrows(
        IllegalArgumentException.class,
        () -> BatchIntervals.of(values, d, TrialRanking.of(values), 1));
  }

  @Test
  void studentsQuantileIsThatOfTheTables() {
    // scipy.stats.t.ppf(0.975, df), to the last digits: a half-width of millions of fen needs them.
    assertEquals(2.5705818356363146, StudentT.quantile975(5), 1e-13);
    assertEquals(2.262157162798205, StudentT.quantile975(9), 1e-13);
    assertEquals(2.0930240544083087, StudentT.quantile975(19), 1e-13);
    assertEquals(2.0422724563012378, StudentT.quantile975(30), 1e-13);
    assertEquals(1.9839715185235518, StudentT.quantile975(100), 1e-13);
    assertEquals(1.9623390808264083, StudentT.quantile975(1000), 1e-13);
    // scipy.stats.t.cdf(t, df) − t.cdf(−t, df): the closed form, odd and even, ν = 1 too.
    assertEquals(0.914380671437024, StudentT.centralProbability(2.0, 7), 1e-14);
    assertEquals(0.8279967080480888, StudentT.centralProbability(1.5, 8), 1e-14);
    assertEquals(0.7951672353008665, StudentT.centralProbability(3.0, 1), 1e-14);
    assertThrows(IllegalArgumentException.class, () -> StudentT.quantile975(4));
  }
}
