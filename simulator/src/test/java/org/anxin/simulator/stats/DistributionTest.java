package org.anxin.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are worked out by hand from the definitions, in the comments. */
class DistributionTest {

  private static void assertQuantile(int rank, int trial, long value, Quantile q) {
    assertEquals(rank, q.rank(), "rank at " + q.level());
    assertEquals(trial, q.trial(), "trial at " + q.level());
    assertEquals(value, q.value(), "value at " + q.level());
  }

  private static void assertReturnPeriod(
      int years, int rank, int trial, long value, ReturnPeriod r) {
    assertEquals(years, r.years());
    assertEquals(rank, r.rank(), "rank at " + years);
    assertEquals(trial, r.trial(), "trial at " + years);
    assertEquals(value, r.value(), "value at " + years);
  }

  private static void assertClose(BigDecimal expected, BigDecimal actual) {
    BigDecimal error = expected.subtract(actual).abs();
    assertTrue(
        error.compareTo(expected.abs().multiply(new BigDecimal("1e-25"))) <= 0,
        expected + " vs " + actual);
  }

  /**
   * Ten trials with ties. In ascending (value, trial) order: 1:(100,t1) 2:(100,t5) 3:(200,t8)
   * 4:(300,t2) 5:(300,t3) 6:(300,t7) 7:(500,t0) 8:(700,t6) 9:(900,t4) 10:(900,t9).
   */
  @Test
  void tenTrialsWithTies() {
    long[] fen = {500, 100, 300, 300, 900, 100, 700, 300, 200, 900};
    Distribution d = Distribution.of(fen);

    assertEquals(10, d.trials());
    // Σ = 4300, mean 430.
    assertEquals(ExactMean.of(4300, 10), d.mean());
    assertEquals(430L, d.mean().roundHalfEven());
    // Deviations 70,−330,−130,−130,470,−330,270,−130,−230,470; squares sum to 841000.
    // sd = √(841000/9) = 290·√10/3 ≈ 305.687; se = √(841000/90) = 290/3.
    assertClose(
        new BigDecimal(841000)
            .divide(new BigDecimal(9), MathContext.DECIMAL128)
            .sqrt(MathContext.DECIMAL128),
        d.stdDev().orElseThrow());
    assertClose(
        new BigDecimal(290).divide(new BigDecimal(3), MathContext.DECIMAL128),
        d.standardError().orElseThrow());
    assertEquals("3.06", Yuan.format(d.stdDev().orElseThrow()));
    assertEquals("0.97", Yuan.format(d.standardError().orElseThrow()));
    assertEquals(100L, d.min());
    assertEquals(900L, d.max());

    // Ranks ⌈10q⌉: 0.5→5, 0.9→9, 0.95→⌈9.5⌉=10, 0.99→⌈9.9⌉=10, 0.995→10, 0.999→10.
    List<Quantile> q = d.quantiles();
    assertQuantile(5, 3, 300, q.get(0));
    assertQuantile(9, 4, 900, q.get(1));
    assertQuantile(10, 9, 900, q.get(2));
    assertQuantile(10, 9, 900, q.get(3));
    assertQuantile(10, 9, 900, q.get(4));
    assertQuantile(10, 9, 900, q.get(5));
    assertQuantile(10, 9, 900, d.var995());
    // Worst ⌈10·0.005⌉ = 1 trial: x(10).
    assertEquals(ExactMean.of(900, 1), d.tvar995());

    // Rank n − ⌊n/T⌋: T=2→5, 5→8, 10→9, then 10.
    List<ReturnPeriod> e = d.exceedance();
    assertReturnPeriod(2, 5, 3, 300, e.get(0));
    assertReturnPeriod(5, 8, 6, 700, e.get(1));
    assertReturnPeriod(10, 9, 4, 900, e.get(2));
    for (int i = 3; i < e.size(); i++) {
      assertReturnPeriod(Distribution.RETURN_PERIODS.get(i), 10, 9, 900, e.get(i));
    }
  }

  /**
   * 200 trials, value(t) = 1000·(37t mod 100) fen. As 37 is invertible mod 100 (37·73 = 2701), each
   * r = 0..99 occurs exactly twice, at trials t₀ = 73r mod 100 and t₀ + 100; so rank 2r+1 is
   * (1000r, t₀) and rank 2r+2 is (1000r, t₀ + 100).
   */
  @Test
  void twoHundredTrialsEachValueTwice() {
    long[] fen = new long[200];
    for (int t = 0; t < 200; t++) {
      fen[t] = 1000L * ((37L * t) % 100);
    }
    Distribution d = Distribution.of(fen);

    // Σ = 2·1000·(0+…+99) = 9,900,000; mean 49,500 fen = 495.00 yuan.
    assertEquals(ExactMean.of(9_900_000, 200), d.mean());
    assertEquals("495.00", Yuan.format(d.mean()));
    // Σ(x−mean)² = 2·10⁶·Σ(r−49.5)² = 2·10⁶·83,325 = 166,650,000,000; variance = that / 199.
    BigDecimal variance =
        new BigDecimal(166_650_000_000L).divide(new BigDecimal(199), new MathContext(60));
    assertClose(variance.sqrt(MathContext.DECIMAL128), d.stdDev().orElseThrow());
    assertClose(
        variance.divide(new BigDecimal(200), new MathContext(60)).sqrt(MathContext.DECIMAL128),
        d.standardError().orElseThrow());
    assertEquals("289.39", Yuan.format(d.stdDev().orElseThrow())); // 28,938.507 fen
    assertEquals("20.46", Yuan.format(d.standardError().orElseThrow())); // 2,046.26 fen

    // ⌈200q⌉ in exact decimal: 100, 180, 190, 198, 199 (not 200: 200·0.995 is exactly 199), 200.
    List<Quantile> q = d.quantiles();
    assertQuantile(100, 177, 49_000, q.get(0)); // rank 2·49+2: t₀(49) = 3577 mod 100 = 77
    assertQuantile(180, 197, 89_000, q.get(1)); // 2·89+2: t₀(89) = 97
    assertQuantile(190, 162, 94_000, q.get(2)); // 2·94+2: t₀(94) = 62
    assertQuantile(198, 154, 98_000, q.get(3)); // 2·98+2: t₀(98) = 54
    assertQuantile(199, 27, 99_000, q.get(4)); // 2·99+1: t₀(99) = 27, the first of the tie
    assertQuantile(200, 127, 99_000, q.get(5)); // the later trial of the tie ranks higher
    assertQuantile(199, 27, 99_000, d.var995());
    // Worst ⌈200·0.005⌉ = 1 trial: rank 200.
    assertEquals(ExactMean.of(99_000, 1), d.tvar995());

    // n − ⌊n/T⌋: 100, 160, 180, 190, 196, 198, 199, 200, 200, 200.
    List<ReturnPeriod> e = d.exceedance();
    assertReturnPeriod(2, 100, 177, 49_000, e.get(0));
    assertReturnPeriod(5, 160, 167, 79_000, e.get(1)); // 2·79+2: t₀(79) = 67
    assertReturnPeriod(10, 180, 197, 89_000, e.get(2));
    assertReturnPeriod(20, 190, 162, 94_000, e.get(3));
    assertReturnPeriod(50, 196, 181, 97_000, e.get(4)); // 2·97+2: t₀(97) = 81
    assertReturnPeriod(100, 198, 154, 98_000, e.get(5));
    assertReturnPeriod(200, 199, 27, 99_000, e.get(6));
    assertReturnPeriod(250, 200, 127, 99_000, e.get(7));
    assertReturnPeriod(500, 200, 127, 99_000, e.get(8));
    assertReturnPeriod(1000, 200, 127, 99_000, e.get(9));
  }

  @Test
  void oneTrialHasNoSpread() {
    Distribution d = Distribution.of(new long[] {-1234});
    assertEquals(1, d.trials());
    assertTrue(d.stdDev().isEmpty());
    assertTrue(d.standardError().isEmpty());
    assertEquals("-12.34", Yuan.format(d.mean()));
    for (Quantile q : d.quantiles()) {
      assertQuantile(1, 0, -1234, q);
    }
    for (ReturnPeriod r : d.exceedance()) {
      assertEquals(-1234, r.value());
    }
    assertEquals(ExactMean.of(-1234, 1), d.tvar995());
  }

  @Test
  void smallSamplesRoundRanksUp() {
    // n = 3: ⌈1.5⌉ = 2, ⌈2.7⌉ = 3; n = 199: ⌈198.005⌉ = 199.
    Distribution three = Distribution.of(new long[] {30, 10, 20});
    assertQuantile(2, 2, 20, three.quantile(new BigDecimal("0.5")));
    assertQuantile(3, 0, 30, three.quantile(new BigDecimal("0.9")));
    long[] ascending = new long[199];
    for (int t = 0; t < 199; t++) {
      ascending[t] = t;
    }
    Distribution d = Distribution.of(ascending);
    assertQuantile(199, 198, 198, d.var995());
    assertQuantile(100, 99, 99, d.quantile(new BigDecimal("0.50")));
  }

  @Test
  void aTwoPointSampleHasTheTextbookSpread() {
    // {0, 2}: mean 1, variance with n − 1 = 2, sd = √2, se = 1.
    Distribution d = Distribution.of(new long[] {0, 2});
    assertClose(new BigDecimal(2).sqrt(MathContext.DECIMAL128), d.stdDev().orElseThrow());
    assertEquals(0, BigDecimal.ONE.compareTo(d.standardError().orElseThrow()));
  }

  @Test
  void hugeValuesStayExact() {
    long big = Long.MAX_VALUE;
    Distribution d = Distribution.of(new long[] {big, big, big, Long.MIN_VALUE});
    // Σ = 3·(2⁶³−1) − 2⁶³ = 2⁶⁴ − 3: beyond long, still exact.
    assertEquals(new java.math.BigInteger("18446744073709551613"), d.mean().sum());
    // Three values of 2⁶³−1 and one of −2⁶³: the sum of squares overflows 127 bits, so the
    // exact fallback is used. Expected sd from the definition: √(Σ(x − mean)² / (n − 1)).
    BigDecimal m = new BigDecimal(Long.MAX_VALUE);
    BigDecimal low = new BigDecimal(Long.MIN_VALUE);
    BigDecimal mean = m.multiply(BigDecimal.valueOf(3)).add(low).divide(BigDecimal.valueOf(4));
    BigDecimal ss =
        m.subtract(mean).pow(2).multiply(BigDecimal.valueOf(3)).add(low.subtract(mean).pow(2));
    BigDecimal expected =
        ss.divide(BigDecimal.valueOf(3), new MathContext(60)).sqrt(MathContext.DECIMAL128);
    assertClose(expected, d.stdDev().orElseThrow());
  }

  @Test
  void rankingRejectsLevelsAndTailsOutsideItsRange() {
    TrialRanking r = TrialRanking.of(new long[] {5, 6, 7});
    assertThrows(IllegalArgumentException.class, () -> r.rankOfLevel(new BigDecimal("1.5")));
    assertThrows(IllegalArgumentException.class, () -> r.rankOfLevel(new BigDecimal("-0.1")));
    assertThrows(IllegalArgumentException.class, () -> r.tailSize(new BigDecimal("1.01")));
    assertThrows(IllegalArgumentException.class, () -> r.tailMean(0));
    assertThrows(IllegalArgumentException.class, () -> r.tailMean(4));
    assertThrows(IllegalArgumentException.class, () -> r.tailMeanOf(new long[] {1, 2, 3}, 0));
    assertThrows(IllegalArgumentException.class, () -> r.tailMeanOf(new long[] {1, 2}, 1));
    assertThrows(IllegalArgumentException.class, () -> r.worstTrials(4));
    assertThrows(IllegalArgumentException.class, () -> r.returnPeriod(0));
    assertThrows(IndexOutOfBoundsException.class, () -> r.valueAtRank(0));
    assertThrows(IndexOutOfBoundsException.class, () -> r.trialAtRank(4));
    assertEquals(1, r.rankOfLevel(BigDecimal.ZERO));
    assertEquals(3, r.rankOfLevel(BigDecimal.ONE));
    assertEquals(1, r.tailSize(BigDecimal.ONE));
    assertEquals(3, r.tailSize(BigDecimal.ZERO));
    assertEquals(ExactMean.of(18, 3), r.tailMean(3));
    assertEquals(3, r.returnPeriod(1000).rank());
    assertEquals(1, TrialRanking.of(new long[] {9}).returnPeriod(1).rank());
  }

  @Test
  void rejectsEmptyInputAndUnknownLevels() {
    assertThrows(IllegalArgumentException.class, () -> Distribution.of(new long[0]));
    Distribution d = Distribution.of(new long[] {1, 2});
    assertThrows(IllegalArgumentException.class, () -> d.quantile(new BigDecimal("0.42")));
    assertThrows(
        IllegalArgumentException.class,
        () -> Distribution.of(new long[] {1, 2}, TrialRanking.of(new long[] {1})));
  }
}
