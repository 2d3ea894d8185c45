package org.anxin.simulator.stats;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The distribution-free confidence interval of a quantile from order statistics: whatever the
 * distribution of the yearly cost, the number B of trials at or below its true p-quantile ξ is
 * Binomial(n, p), so [x(l), x(u)] holds ξ with probability at least P(l ≤ B ≤ u − 1). The ranks are
 * the tightest with each side's miss at most (1 − level)/2:
 *
 * <ul>
 *   <li>l = the largest rank with P(B ≤ l − 1) ≤ (1 − level)/2, no lower bound when there is none;
 *   <li>u = the smallest rank with P(B ≤ u − 1) ≥ 1 − (1 − level)/2, no upper bound when not even u
 *       = n qualifies (too few trials beyond the quantile).
 * </ul>
 *
 * The binomial is summed around its mode in {@code StrictMath}, so the ranks are the same on every
 * machine; for 10,000 trials the VaR 99.5 % (rank 9,950) gets ranks 9,936 and 9,964.
 */
public final class QuantileInterval {

  private QuantileInterval() {}

  /**
   * The ranks {l, u} of the interval for the {@code p}-quantile of {@code n} trials: l = 0 when
   * there is no lower bound, u = n + 1 when there is no upper one.
   *
   * @throws IllegalArgumentException when n &lt; 1 or p or the level is not strictly inside (0, 1)
   */
  public static int[] ranks(int n, double p, double level) {
    if (n < 1 || !(p > 0 && p < 1) || !(level > 0 && level < 1)) {
      throw new IllegalArgumentException("n = " + n + ", p = " + p + ", level = " + level);
    }
    double miss = (1 - level) / 2;
    // W = n − B, the trials above the quantile, is Binomial(n, 1 − p): small for a tail quantile.
    Cdf cdf = Cdf.of(n, 1 - p);
    // P(B ≤ l − 1) = P(W ≥ n − l + 1): the largest l is n + 1 − (the smallest a with P(W ≥ a) ≤
    // miss).
    int lower = 0;
    for (int a = 1; a <= n; a++) {
      if (1 - cdf.at(a - 1) <= miss) {
        lower = n + 1 - a;
        break;
      }
    }
    // P(B ≤ u − 1) ≥ 1 − miss ⟺ P(W ≤ n − u) ≤ miss: u = n − (the largest b with P(W ≤ b) ≤ miss).
    int upper = n + 1;
    for (int b = Math.min(n - 1, cdf.last()); b >= 0; b--) {
      if (cdf.at(b) <= miss) {
        upper = n - b;
        break;
      }
    }
    return new int[] {lower, upper};
  }

  /** The 95 % interval of the ranked values' quantile at {@code level}. */
  public static Interval of(TrialRanking ranking, BigDecimal level) {
    int[] ranks = ranks(ranking.size(), level.doubleValue(), Interval.LEVEL.doubleValue());
    int n = ranking.size();
    return new Interval(
        Interval.LEVEL,
        ranks[0] >= 1
            ? Optional.of(BigDecimal.valueOf(ranking.valueAtRank(ranks[0])))
            : Optional.empty(),
        ranks[1] <= n
            ? Optional.of(BigDecimal.valueOf(ranking.valueAtRank(ranks[1])))
            : Optional.empty());
  }

  /**
   * P(W ≤ w) for W ~ Binomial(n, q), tabulated over the w where it is neither 0 nor 1 to double
   * precision: {@code cumulative[i]} is P(W ≤ from + i).
   */
  private static final class Cdf {
    private final int from;
    private final double[] cumulative;

    private Cdf(int from, double[] cumulative) {
      this.from = from;
      this.cumulative = cumulative;
    }

    /**
     * The probabilities built from the mode outwards by the ratio of neighbours and normalised, so
     * that no term underflows however large n is; 40 standard deviations each side hold all of the
     * mass a double can see.
     */
    static Cdf of(int n, double q) {
      int mode = (int) Math.min(n, Math.floor((n + 1) * q));
      double sd = StrictMath.sqrt(n * q * (1 - q));
      int from = (int) Math.max(0, mode - 40 * sd - 40);
      int to = (int) Math.min(n, mode + 40 * sd + 40);
      double[] weight = new double[to - from + 1];
      double odds = q / (1 - q);
      weight[mode - from] = 1;
      for (int w = mode; w < to; w++) { // pmf(w + 1) = pmf(w)·(n − w)/(w + 1)·q/(1 − q)
        weight[w + 1 - from] = weight[w - from] * ((double) (n - w) / (w + 1)) * odds;
      }
      for (int w = mode; w > from; w--) { // pmf(w − 1) = pmf(w)·w/(n − w + 1)·(1 − q)/q
        weight[w - 1 - from] = weight[w - from] * ((double) w / (n - w + 1)) / odds;
      }
      double total = 0;
      for (double x : weight) {
        total += x;
      }
      double running = 0;
      for (int i = 0; i < weight.length; i++) {
        running += weight[i];
        weight[i] = Math.min(1, running / total);
      }
      return new Cdf(from, weight);
    }

    /** The last w tabulated; P(W ≤ w) is 1 beyond it. */
    int last() {
      return from + cumulative.length - 1;
    }

    /** P(W ≤ w). */
    double at(int w) {
      if (w < from) {
        return 0;
      }
      return w > last() ? 1 : cumulative[w - from];
    }
  }
}
