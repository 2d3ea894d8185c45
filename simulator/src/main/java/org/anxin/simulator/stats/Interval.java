package org.anxin.simulator.stats;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A confidence interval for a figure of the run, in the figure's unit (fen, for money). A bound is
 * absent when the run cannot give one: a 99.5 % quantile from 200 trials has no upper bound (the
 * true quantile may lie beyond the largest trial), and a mean from one trial none at all.
 *
 * @param level the confidence level, e.g. 0.95
 * @param lower the lower bound, if the run gives one
 * @param upper the upper bound, if the run gives one
 */
public record Interval(BigDecimal level, Optional<BigDecimal> lower, Optional<BigDecimal> upper) {

  /** The confidence level of every interval the simulator reports: 95 %. */
  public static final BigDecimal LEVEL = new BigDecimal("0.95");

  /** z with Φ(z) = 0.975, for the two-sided 95 % normal intervals. */
  static final double Z_975 = 1.959963984540054;

  /**
   * @throws IllegalArgumentException when the lower bound is above the upper one
   */
  public Interval {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (lower.isPresent() && upper.isPresent() && lower.get().compareTo(upper.get()) > 0) {
      throw new IllegalArgumentException("interval [" + lower.get() + ", " + upper.get() + "]");
    }
  }

  /** An interval with neither bound. */
  static Interval unbounded() {
    return new Interval(LEVEL, Optional.empty(), Optional.empty());
  }

  /** The normal interval estimate ± z·standardError at 95 %. */
  static Interval normal(BigDecimal estimate, BigDecimal standardError) {
    BigDecimal half = standardError.multiply(BigDecimal.valueOf(Z_975));
    return new Interval(
        LEVEL, Optional.of(estimate.subtract(half)), Optional.of(estimate.add(half)));
  }

  /** Whether {@code value} lies inside the interval, an absent bound taken as unbounded. */
  public boolean contains(BigDecimal value) {
    return lower.map(l -> l.compareTo(value) <= 0).orElse(true)
        && upper.map(u -> u.compareTo(value) >= 0).orElse(true);
  }
}
