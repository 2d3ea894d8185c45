package org.anxin.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class StatisticsPropertiesTest {

  /**
   * Trial results: up to 600 values; the modulus folds them into few distinct values so that ties
   * are common in some examples and absent in others.
   */
  private static Gen<long[]> trialResults() {
    return lists()
        .of(longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
        .ofSizeBetween(1, 600)
        .zip(
            longs().between(1, 1_000_000_000_000L),
            (List<Long> raw, Long modulus) -> {
              long[] values = new long[raw.size()];
              for (int i = 0; i < values.length; i++) {
                values[i] = raw.get(i) % modulus;
              }
              return values;
            });
  }

  private static long[] permuted(long[] values, long seed) {
    long[] copy = values.clone();
    Random random = new Random(seed);
    for (int i = copy.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      long tmp = copy[i];
      copy[i] = copy[j];
      copy[j] = tmp;
    }
    return copy;
  }

  @Test
  void quantilesAreMonotoneAndComeFromTheirTrials() {
    qt().forAll(trialResults(), integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert(
            (values, a, b) -> {
              TrialRanking ranking = TrialRanking.of(values);
              BigDecimal lo = BigDecimal.valueOf(Math.min(a, b), 3);
              BigDecimal hi = BigDecimal.valueOf(Math.max(a, b), 3);
              Quantile ql = ranking.quantile(lo);
              Quantile qh = ranking.quantile(hi);
              assertTrue(ql.value() <= qh.value());
              assertEquals(values[ql.trial()], ql.value());
              Distribution d = Distribution.of(values, ranking);
              for (int i = 1; i < d.quantiles().size(); i++) {
                assertTrue(d.quantiles().get(i - 1).value() <= d.quantiles().get(i).value());
              }
              for (int i = 1; i < d.exceedance().size(); i++) {
                assertTrue(d.exceedance().get(i - 1).value() <= d.exceedance().get(i).value());
              }
            });
  }

  @Test
  void rankingIsSortedByValueThenTrial() {
    qt().forAll(trialResults())
        .checkAssert(
            values -> {
              TrialRanking ranking = TrialRanking.of(values);
              boolean[] seen = new boolean[values.length];
              for (int rank = 1; rank <= values.length; rank++) {
                int trial = ranking.trialAtRank(rank);
                assertEquals(values[trial], ranking.valueAtRank(rank));
                seen[trial] = true;
                if (rank > 1) {
                  long before = ranking.valueAtRank(rank - 1);
                  assertTrue(
                      before < ranking.valueAtRank(rank)
                          || (before == ranking.valueAtRank(rank)
                              && ranking.trialAtRank(rank - 1) < trial));
                }
              }
              for (boolean s : seen) {
                assertTrue(s);
              }
            });
  }

  @Test
  void meanLiesBetweenMinAndMaxAndTailsAreAboveIt() {
    qt().forAll(trialResults())
        .checkAssert(
            values -> {
              Distribution d = Distribution.of(values);
              ExactMean min = ExactMean.of(d.min(), 1);
              ExactMean max = ExactMean.of(d.max(), 1);
              assertTrue(d.mean().compareTo(min) >= 0 && d.mean().compareTo(max) <= 0);
              assertTrue(d.tvar995().compareTo(ExactMean.of(d.var995().value(), 1)) >= 0);
              assertTrue(d.tvar995().compareTo(d.mean()) >= 0);
              assertTrue(d.tvar995().compareTo(max) <= 0);
            });
  }

  @Test
  void meanAndSpreadMatchTheTextbookDefinitions() {
    qt().forAll(trialResults())
        .checkAssert(
            values -> {
              Distribution d = Distribution.of(values);
              int n = values.length;
              BigInteger sum = BigInteger.ZERO;
              for (long v : values) {
                sum = sum.add(BigInteger.valueOf(v));
              }
              assertEquals(sum, d.mean().sum());
              if (n == 1) {
                assertTrue(d.stdDev().isEmpty());
                return;
              }
              // Σ(x − Σ/n)² = Σ(n·x − Σ)² / n², exactly; variance = that / (n − 1).
              BigInteger squares = BigInteger.ZERO;
              for (long v : values) {
                BigInteger dev =
                    BigInteger.valueOf(v).multiply(BigInteger.valueOf(n)).subtract(sum);
                squares = squares.add(dev.multiply(dev));
              }
              BigDecimal variance =
                  new BigDecimal(squares)
                      .divide(
                          new BigDecimal(
                              BigInteger.valueOf(n).pow(2).multiply(BigInteger.valueOf(n - 1))),
                          new MathContext(80));
              BigDecimal sd = variance.sqrt(new MathContext(40));
              BigDecimal error = sd.subtract(d.stdDev().orElseThrow()).abs();
              assertTrue(
                  error.compareTo(sd.multiply(new BigDecimal("1e-30")).add(new BigDecimal("1e-30")))
                      <= 0);
              BigDecimal se = d.standardError().orElseThrow();
              BigDecimal expectedSe =
                  sd.divide(BigDecimal.valueOf(n).sqrt(new MathContext(40)), new MathContext(40));
              assertTrue(
                  se.subtract(expectedSe)
                          .abs()
                          .compareTo(
                              expectedSe
                                  .multiply(new BigDecimal("1e-30"))
                                  .add(new BigDecimal("1e-30")))
                      <= 0);
            });
  }

  @Test
  void permutingTrialsChangesNothingButTieOrder() {
    qt().forAll(trialResults(), longs().all())
        .checkAssert(
            (values, seed) -> {
              long[] shuffled = permuted(values, seed);
              Distribution a = Distribution.of(values);
              Distribution b = Distribution.of(shuffled);
              assertEquals(a.mean(), b.mean());
              assertEquals(a.stdDev(), b.stdDev());
              assertEquals(a.tvar995(), b.tvar995());
              assertEquals(a.min(), b.min());
              assertEquals(a.max(), b.max());
              for (int i = 0; i < a.quantiles().size(); i++) {
                assertEquals(a.quantiles().get(i).value(), b.quantiles().get(i).value());
                assertEquals(a.quantiles().get(i).rank(), b.quantiles().get(i).rank());
                assertEquals(shuffled[b.quantiles().get(i).trial()], b.quantiles().get(i).value());
              }
              for (int i = 0; i < a.exceedance().size(); i++) {
                assertEquals(a.exceedance().get(i).value(), b.exceedance().get(i).value());
              }
            });
  }

  @Test
  void tailContributionsAddUpToTheTvar() {
    qt().forAll(trialResults(), integers().between(0, 6), longs().all(), integers().between(0, 999))
        .checkAssert(
            (values, extraComponents, seed, permille) -> {
              int n = values.length;
              int c = extraComponents + 1;
              long[][] components = new long[c][n];
              Random random = new Random(seed);
              for (int t = 0; t < n; t++) {
                long rest = values[t];
                for (int j = 0; j < c - 1; j++) {
                  components[j][t] = random.nextInt(2_000_001) - 1_000_000;
                  rest -= components[j][t];
                }
                components[c - 1][t] = rest;
              }
              BigDecimal level = BigDecimal.valueOf(permille, 3);
              TailSummary tail = TailSummary.of(TrialRanking.of(values), components, level);
              ExactMean sum = tail.contributions().get(0);
              for (ExactMean contribution : tail.contributions().subList(1, c)) {
                sum = sum.plus(contribution);
              }
              assertEquals(tail.tvar(), sum);
              TrialRanking ranking = TrialRanking.of(values);
              int k = ranking.tailSize(level);
              assertEquals(k, tail.worstTrials().size());
              // No trial outside the tail is worse than one inside it.
              if (k < n) {
                for (int trial : tail.worstTrials()) {
                  assertTrue(values[trial] >= ranking.valueAtRank(n - k));
                }
              }
            });
  }

  @Test
  void theDefaultTailIsTheDistributionsTail() {
    qt().forAll(trialResults())
        .checkAssert(
            values -> {
              TailSummary tail = TailSummary.of(values, new long[][] {values});
              Distribution d = Distribution.of(values);
              assertEquals(d.tvar995(), tail.tvar());
              assertEquals(d.var995(), tail.valueAtRisk());
              assertEquals(d.tvar995(), tail.contributions().get(0));
            });
  }
}
