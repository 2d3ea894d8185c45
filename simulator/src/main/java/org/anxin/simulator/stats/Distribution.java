package org.anxin.simulator.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The distribution of a trial-indexed result (a yearly cost in fen, a count of payouts), computed
 * after all trials from the values in trial order, with the project's conventions (DESIGN.md §7):
 *
 * <ul>
 *   <li>mean: exact ({@link ExactMean}, integer sum over n);
 *   <li>standard deviation with n − 1, standard error = sd/√n (both to 34 significant digits;
 *       absent when n = 1, where the n − 1 estimator is undefined);
 *   <li>quantile q: the order statistic x(⌈n·q⌉), 1-based, ties broken by trial index ({@link
 *       TrialRanking}); reported for {@link #QUANTILE_LEVELS};
 *   <li>VaR 99.5 %: that quantile at 0.995; TVaR 99.5 %: the exact mean of the worst ⌈n·0.005⌉
 *       trials, the same trials {@link TailSummary} uses;
 *   <li>exceedance curve: return period T ↦ x(⌈n·(1 − 1/T)⌉) for {@link #RETURN_PERIODS}.
 * </ul>
 *
 * Values are in the input's unit (fen for money); render with {@link Yuan}, which rounds half-even
 * to the fen once, at output.
 *
 * @param trials n, the number of trials
 * @param mean the exact mean
 * @param stdDev the sample standard deviation (n − 1), to 34 digits; empty when n = 1
 * @param standardError sd/√n, to 34 digits; empty when n = 1
 * @param min the smallest value
 * @param max the largest value
 * @param quantiles one per {@link #QUANTILE_LEVELS} level, in that order
 * @param var995 the 99.5 % quantile
 * @param tvar995 the exact mean of the worst ⌈n·0.005⌉ trials
 * @param exceedance one point per {@link #RETURN_PERIODS} period, in that order
 */
public record Distribution(
    int trials,
    ExactMean mean,
    Optional<BigDecimal> stdDev,
    Optional<BigDecimal> standardError,
    long min,
    long max,
    List<Quantile> quantiles,
    Quantile var995,
    ExactMean tvar995,
    List<ReturnPeriod> exceedance) {

  /** The level of the VaR and TVaR, 99.5 % (a 1-in-200-year event). */
  public static final BigDecimal TAIL_LEVEL = new BigDecimal("0.995");

  /** The quantile levels every distribution reports. */
  public static final List<BigDecimal> QUANTILE_LEVELS =
      List.of(
          new BigDecimal("0.5"),
          new BigDecimal("0.9"),
          new BigDecimal("0.95"),
          new BigDecimal("0.99"),
          TAIL_LEVEL,
          new BigDecimal("0.999"));

  /** The return periods, in years, of the exceedance curve. */
  public static final List<Integer> RETURN_PERIODS =
      List.of(2, 5, 10, 20, 50, 100, 200, 250, 500, 1000);

  /** Precision of the standard deviation and standard error: 34 significant digits. */
  private static final MathContext SPREAD_PRECISION = MathContext.DECIMAL128;

  /** Generous precision for the variance before its square root. */
  private static final MathContext VARIANCE_PRECISION = new MathContext(60, RoundingMode.HALF_EVEN);

  /** Defensive copies keep the record immutable. */
  public Distribution {
    quantiles = List.copyOf(quantiles);
    exceedance = List.copyOf(exceedance);
  }

  /**
   * This distribution with the standard error of its mean replaced: a stratified run's, from its
   * batches ({@link BatchIntervals#meanStandardError}), where σ/√n would overstate it.
   */
  public Distribution withStandardError(BigDecimal meanStandardError) {
    return new Distribution(
        trials,
        mean,
        stdDev,
        Optional.of(meanStandardError),
        min,
        max,
        quantiles,
        var995,
        tvar995,
        exceedance);
  }

  /**
   * The distribution of {@code values}, indexed by trial.
   *
   * @throws IllegalArgumentException when there are no values
   */
  public static Distribution of(long[] values) {
    return of(values, TrialRanking.of(values));
  }

  /**
   * As {@link #of(long[])} reusing a ranking of the same values.
   *
   * @throws IllegalArgumentException when the ranking is not of {@code values}' size
   */
  public static Distribution of(long[] values, TrialRanking ranking) {
    int n = values.length;
    if (ranking.size() != n) {
      throw new IllegalArgumentException(
          "ranking of " + ranking.size() + " trials for " + n + " values");
    }
    ExactSum sums = new ExactSum();
    for (long v : values) {
      sums.add(v);
    }
    BigInteger sum = sums.sum();
    ExactMean mean = new ExactMean(sum, n);

    Optional<BigDecimal> stdDev = Optional.empty();
    Optional<BigDecimal> standardError = Optional.empty();
    if (n > 1) {
      // (n−1)·n·variance = n·Σx² − (Σx)², an exact integer.
      BigInteger bigN = BigInteger.valueOf(n);
      BigInteger scaledVariance = bigN.multiply(sums.sumOfSquares(values)).subtract(sum.pow(2));
      BigInteger nTimesNMinus1 = bigN.multiply(BigInteger.valueOf(n - 1L));
      BigDecimal variance =
          new BigDecimal(scaledVariance).divide(new BigDecimal(nTimesNMinus1), VARIANCE_PRECISION);
      BigDecimal varianceOfMean = variance.divide(new BigDecimal(bigN), VARIANCE_PRECISION);
      stdDev = Optional.of(variance.sqrt(SPREAD_PRECISION));
      standardError = Optional.of(varianceOfMean.sqrt(SPREAD_PRECISION));
    }

    List<Quantile> quantiles = new ArrayList<>(QUANTILE_LEVELS.size());
    for (BigDecimal level : QUANTILE_LEVELS) {
      quantiles.add(ranking.quantile(level));
    }
    List<ReturnPeriod> exceedance = new ArrayList<>(RETURN_PERIODS.size());
    for (int years : RETURN_PERIODS) {
      exceedance.add(ranking.returnPeriod(years));
    }
    return new Distribution(
        n,
        mean,
        stdDev,
        standardError,
        ranking.min(),
        ranking.max(),
        quantiles,
        ranking.quantile(TAIL_LEVEL),
        ranking.tailMean(ranking.tailSize(TAIL_LEVEL)),
        exceedance);
  }

  /**
   * The reported quantile at {@code level}.
   *
   * @throws IllegalArgumentException when {@code level} is not one of {@link #QUANTILE_LEVELS}
   */
  public Quantile quantile(BigDecimal level) {
    for (Quantile q : quantiles) {
      if (q.level().compareTo(level) == 0) {
        return q;
      }
    }
    throw new IllegalArgumentException("quantile " + level + " is not reported");
  }
}
