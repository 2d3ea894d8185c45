package org.anxin.simulator.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The 95 % intervals of a run whose trials form {@code B} independent replicates of one sampling
 * design, trial {@code t} in batch {@code t mod B} (a stratified run, docs/statistics.md §7): the
 * trials within a batch are not independent (they share out the strata), so the plain formulas
 * (σ/√n, the order-statistic interval) would overstate the error. Each figure is computed on each
 * batch exactly as on the run (its mean, its VaR 99.5 % and TVaR 99.5 %); the run's own figure is
 * the centre, and the half-width is Student's {@code t(B − 1)} quantile times the batch figures'
 * standard deviation over √B. For the mean this is exact (the run's mean is the batches' mean); for
 * the quantile and the tail mean it rests on their asymptotic linearity (Bahadur), so the run's
 * figure varies about as the batches' average does. {@code docs/statistics.md} shows the coverage
 * measured over repeated runs.
 */
public final class BatchIntervals {

  private static final MathContext PRECISION = MathContext.DECIMAL128;

  private BatchIntervals() {}

  /**
   * The intervals of {@code values} (in trial order), whose run-wide distribution is {@code all},
   * from {@code batches} interleaved batches.
   *
   * @throws IllegalArgumentException when there are fewer than two batches or fewer values than
   *     batches
   */
  public static CostIntervals of(long[] values, Distribution all, int batches) {
    if (batches < 2 || values.length < batches) {
      throw new IllegalArgumentException(
          values.length + " values in " + batches + " batches: need two batches and a value each");
    }
    BigDecimal[] means = new BigDecimal[batches];
    BigDecimal[] vars = new BigDecimal[batches];
    BigDecimal[] tvars = new BigDecimal[batches];
    for (int b = 0; b < batches; b++) {
      long[] batch = new long[(values.length - b + batches - 1) / batches];
      for (int i = 0, t = b; t < values.length; i++, t += batches) {
        batch[i] = values[t];
      }
      Distribution d = Distribution.of(batch);
      means[b] = d.mean().toBigDecimal(PRECISION);
      vars[b] = new BigDecimal(d.var995().value());
      tvars[b] = d.tvar995().toBigDecimal(PRECISION);
    }
    double t = StudentT.quantile975(batches - 1);
    return new CostIntervals(
        around(all.mean().toBigDecimal(PRECISION), means, t),
        around(new BigDecimal(all.var995().value()), vars, t),
        around(all.tvar995().toBigDecimal(PRECISION), tvars, t));
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
    return standardError(means);
  }
}
