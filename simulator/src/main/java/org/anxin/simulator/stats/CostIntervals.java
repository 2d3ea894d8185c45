package org.anxin.simulator.stats;

import java.math.MathContext;

/**
 * The 95 % confidence intervals of the three headline figures of a yearly cost: how far the run's
 * mean, VaR 99.5 % and TVaR 99.5 % may lie from the true ones of the model, from the Monte Carlo
 * error alone (docs/statistics.md §1).
 *
 * @param mean the mean ± 1.96 standard errors (the central limit theorem); unbounded for 1 trial
 * @param var995 distribution-free, from order statistics ({@link QuantileInterval})
 * @param tvar995 from the asymptotic variance of the tail mean ({@link TvarInterval})
 */
public record CostIntervals(Interval mean, Interval var995, Interval tvar995) {

  /**
   * The intervals of {@code values} (in trial order), whose distribution is {@code cost} and
   * ranking {@code ranking}: from {@code batches} independent batches when the run is made of them
   * (a stratified run, {@link BatchIntervals}), else by the formulas for independent trials.
   */
  public static CostIntervals of(
      long[] values, Distribution cost, TrialRanking ranking, int batches) {
    return batches > 1 && values.length >= batches
        ? BatchIntervals.of(values, cost, ranking, batches)
        : of(cost, ranking);
  }

  /** The intervals of the distribution {@code cost}, whose values {@code ranking} ranks. */
  public static CostIntervals of(Distribution cost, TrialRanking ranking) {
    Interval mean =
        cost.standardError()
            .map(se -> Interval.normal(cost.mean().toBigDecimal(MathContext.DECIMAL128), se))
            .orElse(Interval.unbounded());
    return new CostIntervals(
        mean,
        QuantileInterval.of(ranking, Distribution.TAIL_LEVEL),
        TvarInterval.of(ranking, Distribution.TAIL_LEVEL));
  }
}
