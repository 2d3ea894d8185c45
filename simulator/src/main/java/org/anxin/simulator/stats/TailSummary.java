package org.anxin.simulator.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The tail of a total (the yearly net cost) beyond a level, and how the components of the total
 * (the guarantees) make it up. The tail is the ⌈n·(1 − level)⌉ worst trials of the {@link
 * TrialRanking} of the total; the TVaR is the total's exact mean over them; each component's
 * contribution (co-TVaR) is its own exact mean over the same trials. Because the components add up
 * to the total in every trial (checked) and the means are exact fractions over the same count, the
 * contributions add up to the TVaR exactly: {@code Σ contributions == tvar} as {@link ExactMean}s.
 * Rounded to the fen one by one they may differ from the rounded TVaR by a few fen; a report that
 * must add up on paper distributes that difference itself.
 *
 * @param level the tail level, e.g. 0.995
 * @param valueAtRisk the total's quantile at {@code level}, x(⌈n·level⌉)
 * @param tvar the exact mean of the total over the worst trials
 * @param contributions each component's exact mean over the same trials, in component order
 * @param worstTrials the worst trials, worst first (ties: the later trial is worse)
 */
public record TailSummary(
    BigDecimal level,
    Quantile valueAtRisk,
    ExactMean tvar,
    List<ExactMean> contributions,
    List<Integer> worstTrials) {

  /** Defensive copies keep the record immutable. */
  public TailSummary {
    contributions = List.copyOf(contributions);
    worstTrials = List.copyOf(worstTrials);
  }

  /** The 99.5 % tail of {@code total} and the contributions of {@code components} to it. */
  public static TailSummary of(long[] total, long[][] components) {
    return of(TrialRanking.of(total), components, Distribution.TAIL_LEVEL);
  }

  /**
   * The tail of the ranked total beyond {@code level} and the contributions of {@code
   * components[c][trial]} to it.
   *
   * @throws IllegalArgumentException when a component does not have one value per trial, or the
   *     components do not add up to the total in some trial
   */
  public static TailSummary of(TrialRanking total, long[][] components, BigDecimal level) {
    int n = total.size();
    for (int c = 0; c < components.length; c++) {
      if (components[c].length != n) {
        throw new IllegalArgumentException(
            "component " + c + " has " + components[c].length + " values for " + n + " trials");
      }
    }
    for (int rank = 1; rank <= n; rank++) {
      int trial = total.trialAtRank(rank);
      long sum = 0;
      for (long[] component : components) {
        sum = Math.addExact(sum, component[trial]);
      }
      if (sum != total.valueAtRank(rank)) {
        throw new IllegalArgumentException(
            "components add up to "
                + sum
                + " but the total is "
                + total.valueAtRank(rank)
                + " in trial "
                + trial);
      }
    }
    int k = total.tailSize(level);
    List<ExactMean> contributions = new ArrayList<>(components.length);
    for (long[] component : components) {
      contributions.add(total.tailMeanOf(component, k));
    }
    return new TailSummary(
        level, total.quantile(level), total.tailMean(k), contributions, total.worstTrials(k));
  }

  /** The number of worst trials in the tail, ⌈n·(1 − level)⌉. */
  public int tailTrials() {
    return worstTrials.size();
  }
}
