package org.anxin.simulator.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The 95 % intervals of a run whose trials form {@code B} independent replicates of one sampling
 * design, trial {@code t} in batch {@code t mod B} (a stratified run, docs/statistics.md): the
 * trials within a batch are not independent (they share out the strata), so the plain formulas
 * would overstate the error. Each interval is built like the plain one, with the variance that the
 * plain one takes from independence measured across the batches instead, on quantities that are
 * means over trials, so that the batch estimate of their variance is unbiased however few tail
 * trials a batch holds:
 *
 * <ul>
 *   <li>mean: the run's mean ± t·s/√B, s the standard deviation of the batch means;
 *   <li>VaR 99.5 %: the order statistics at ranks {@code n·(0.995 ∓ t·σ)}, σ the batches' standard
 *       error of the share of trials above the run's VaR (for independent trials σ² = 0.995 ·
 *       0.005/n, the plain interval's binomial);
 *   <li>TVaR 99.5 %: the run's TVaR ± t·σ, σ the batches' standard error of the mean tail excess
 *       {@code (L − VaR)⁺/0.005}, the TVaR's influence function (its derivative in the VaR is 0, so
 *       the VaR's own error does not enter to first order; for independent trials it is the plain
 *       interval's Manistre–Hancock variance).
 * </ul>
 *
 * t is Student's {@code t(B − 1)} 97.5 % quantile. {@code docs/statistics.md} shows the coverage
 * measured over repeated runs.
 */
public final class BatchIntervals {

  private static final MathContext PRECISION = MathContext.DECIMAL128;

  private BatchIntervals() {}

  /**
   * The intervals of {@code values} (in trial order), whose run-wide distribution is {@code all}
   * and ranking {@code ranking}, from {@code batches} interleaved batches.
   *
   * @throws IllegalArgumentException when there are fewer than two batches or fewer values than
   *     batches
   */
  public static CostIntervals of(
      long[] values, Distribution all, TrialRanking ranking, int batches) {
    if (batches < 2 || values.length < batches) {
      throw new IllegalArgumentException(
          values.length + " values in " + batches + " batches: need two batches and a value each");
    }
    int n = values.length;
    double level = Distribution.TAIL_LEVEL.doubleValue();
    long var = all.var995().value();
    BigDecimal tailShare = BigDecimal.ONE.subtract(Distribution.TAIL_LEVEL);
    BigDecimal[] above = new BigDecimal[batches];
    BigDecimal[] excess = new BigDecimal[batches];
    for (int b = 0; b < batches; b++) {
      long count = 0;
      long exceeding = 0;
      BigDecimal excessSum = BigDecimal.ZERO;
      for (int t = b; t < n; t += batches) {
        count++;
        if (values[t] > var) {
          exceeding++;
          excessSum =
              excessSum.add(BigDecimal.valueOf(values[t]).subtract(BigDecimal.valueOf(var)));
        }
      }
      BigDecimal size = BigDecimal.valueOf(count);
      above[b] = BigDecimal.valueOf(exceeding).divide(size, PRECISION);
      excess[b] = excessSum.divide(size.multiply(tailShare), PRECISION);
    }
    double t = StudentT.quantile975(batches - 1);
    BigDecimal tvar = all.tvar995().toBigDecimal(PRECISION);
    BigDecimal tvarHalf = standardError(excess).multiply(BigDecimal.valueOf(t), PRECISION);
    return new CostIntervals(
        around(all.mean().toBigDecimal(PRECISION), batchMeans(values, batches), t),
        quantileInterval(ranking, n, level, t * standardError(above).doubleValue()),
        new Interval(
            Interval.LEVEL, Optional.of(tvar.subtract(tvarHalf)), Optional.of(tvar.add(tvarHalf))));
  }

  /**
   * The order statistics at ranks {@code ⌊n·(level − half)⌋} and {@code ⌈n·(level + half)⌉}, the
   * bound absent beyond the ranks the run has.
   */
  private static Interval quantileInterval(TrialRanking ranking, int n, double level, double half) {
    long lower = (long) Math.floor(n * (level - half));
    long upper = (long) Math.ceil(n * (level + half));
    return new Interval(
        Interval.LEVEL,
        lower >= 1
            ? Optional.of(BigDecimal.valueOf(ranking.valueAtRank((int) lower)))
            : Optional.empty(),
        upper <= n
            ? Optional.of(BigDecimal.valueOf(ranking.valueAtRank((int) upper)))
            : Optional.empty());
  }

  /** {@code centre ± t · sd(estimates)/√B}. */
  private static Interval around(BigDecimal centre, BigDecimal[] estimates, double t) {
    BigDecimal half = standardError(estimates).multiply(BigDecimal.valueOf(t), PRECISION);
    return new Interval(
        Interval.LEVEL, Optional.of(centre.subtract(half)), Optional.of(centre.add(half)));
  }

  /** {@code sd(estimates)/√B}, the standard deviation with B − 1. */
  private static BigDecimal standardError(BigDecimal[] estimates) {
    int b = estimates.length;
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal e : estimates) {
      sum = sum.add(e);
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(b), PRECISION);
    BigDecimal squares = BigDecimal.ZERO;
    for (BigDecimal e : estimates) {
      BigDecimal d = e.subtract(mean);
      squares = squares.add(d.multiply(d));
    }
    return squares.divide(BigDecimal.valueOf((long) b * (b - 1)), PRECISION).sqrt(PRECISION);
  }

  /**
   * The standard error of the run's mean from its batches' means, {@code sd(batch means)/√B}: what
   * a stratified run reports instead of σ/√n.
   */
  public static BigDecimal meanStandardError(long[] values, int batches) {
    return standardError(batchMeans(values, batches));
  }

  /** The mean of each batch's values, trial {@code t} in batch {@code t mod batches}. */
  private static BigDecimal[] batchMeans(long[] values, int batches) {
    BigDecimal[] means = new BigDecimal[batches];
    for (int b = 0; b < batches; b++) {
      long sum = 0;
      int n = 0;
      for (int t = b; t < values.length; t += batches) {
        sum = Math.addExact(sum, values[t]);
        n++;
      }
      means[b] = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), PRECISION);
    }
    return means;
  }
}
