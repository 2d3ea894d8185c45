package org.anxin.simulator.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The trials of a simulation ranked by a trial-indexed result, in ascending order of {@code (value,
 * trial index)}: rank 1 is the smallest value, rank n the largest, and among equal values the lower
 * trial index comes first. This total order is the single convention behind every quantile, the
 * VaR, the exceedance curve and the set of worst trials of the TVaR, so they agree with each other
 * and never depend on the order in which trials were computed.
 *
 * <p>Immutable. Built in O(n log n) by a stable merge sort of trial indices (stability gives the
 * tie order for free), on primitive arrays.
 */
public final class TrialRanking {

  private final long[] sortedValues;
  private final int[] trialAtRank;

  private TrialRanking(long[] sortedValues, int[] trialAtRank) {
    this.sortedValues = sortedValues;
    this.trialAtRank = trialAtRank;
  }

  /**
   * Ranks the trials by {@code values[trial]}.
   *
   * @throws IllegalArgumentException when there are no values
   */
  public static TrialRanking of(long[] values) {
    int n = values.length;
    if (n == 0) {
      throw new IllegalArgumentException("no trials");
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    mergeSort(order, new int[n], values);
    long[] sorted = new long[n];
    for (int r = 0; r < n; r++) {
      sorted[r] = values[order[r]];
    }
    return new TrialRanking(sorted, order);
  }

  /** The number of trials n. */
  public int size() {
    return sortedValues.length;
  }

  /** The value at 1-based {@code rank}: the order statistic x(rank). */
  public long valueAtRank(int rank) {
    return sortedValues[checkRank(rank) - 1];
  }

  /** The trial index at 1-based {@code rank}. */
  public int trialAtRank(int rank) {
    return trialAtRank[checkRank(rank) - 1];
  }

  /** The smallest value, x(1). */
  public long min() {
    return sortedValues[0];
  }

  /** The largest value, x(n). */
  public long max() {
    return sortedValues[sortedValues.length - 1];
  }

  /**
   * The rank of the {@code level}-quantile: ⌈n·level⌉ computed exactly in decimal (so 200 × 0.995
   * is 199, not 199.00000000000003), at least 1.
   *
   * @throws IllegalArgumentException when {@code level} is outside [0, 1]
   */
  public int rankOfLevel(BigDecimal level) {
    checkLevel(level);
    int rank =
        BigDecimal.valueOf(size())
            .multiply(level)
            .setScale(0, RoundingMode.CEILING)
            .intValueExact();
    return Math.max(1, rank);
  }

  /** The {@code level}-quantile x(⌈n·level⌉), with the trial it comes from. */
  public Quantile quantile(BigDecimal level) {
    int rank = rankOfLevel(level);
    return new Quantile(level, rank, trialAtRank(rank), valueAtRank(rank));
  }

  /**
   * The point of the exceedance curve for a return period of {@code years}: x(⌈n·(1 − 1/T)⌉), whose
   * rank is exactly {@code n − ⌊n/T⌋}. When n &lt; T it is the largest value.
   *
   * @throws IllegalArgumentException when {@code years < 1}
   */
  public ReturnPeriod returnPeriod(int years) {
    if (years < 1) {
      throw new IllegalArgumentException("return period must be >= 1 year: " + years);
    }
    int rank = Math.max(1, size() - size() / years);
    return new ReturnPeriod(years, rank, trialAtRank(rank), valueAtRank(rank));
  }

  /**
   * How many worst trials the tail beyond {@code level} holds: ⌈n·(1 − level)⌉, at least 1.
   *
   * @throws IllegalArgumentException when {@code level} is outside [0, 1]
   */
  public int tailSize(BigDecimal level) {
    checkLevel(level);
    int k =
        BigDecimal.valueOf(size())
            .multiply(BigDecimal.ONE.subtract(level))
            .setScale(0, RoundingMode.CEILING)
            .intValueExact();
    return Math.max(1, k);
  }

  /**
   * The {@code k} worst trials (largest values; among ties the later trial counts as worse), worst
   * first: the trials at ranks n, n−1, …, n−k+1.
   */
  public List<Integer> worstTrials(int k) {
    checkTail(k);
    List<Integer> worst = new ArrayList<>(k);
    for (int r = size(); r > size() - k; r--) {
      worst.add(trialAtRank[r - 1]);
    }
    return Collections.unmodifiableList(worst);
  }

  /** The exact mean of the ranked values over the {@code k} worst trials. */
  public ExactMean tailMean(int k) {
    checkTail(k);
    ExactSum sum = new ExactSum();
    for (int r = size() - k; r < size(); r++) {
      sum.add(sortedValues[r]);
    }
    return new ExactMean(sum.sum(), k);
  }

  /**
   * The exact mean of another trial-indexed series over the same {@code k} worst trials of this
   * ranking: a component's contribution to the tail (co-TVaR).
   *
   * @throws IllegalArgumentException when {@code series} does not have one value per trial
   */
  public ExactMean tailMeanOf(long[] series, int k) {
    checkTail(k);
    if (series.length != size()) {
      throw new IllegalArgumentException(
          "series has " + series.length + " values for " + size() + " trials");
    }
    ExactSum sum = new ExactSum();
    for (int r = size() - k; r < size(); r++) {
      sum.add(series[trialAtRank[r]]);
    }
    return new ExactMean(sum.sum(), k);
  }

  /** The values in ascending order (a copy). */
  long[] sortedValues() {
    return sortedValues.clone();
  }

  private int checkRank(int rank) {
    if (rank < 1 || rank > size()) {
      throw new IndexOutOfBoundsException("rank " + rank + " outside 1.." + size());
    }
    return rank;
  }

  private void checkTail(int k) {
    if (k < 1 || k > size()) {
      throw new IllegalArgumentException("tail of " + k + " trials outside 1.." + size());
    }
  }

  private static void checkLevel(BigDecimal level) {
    if (level.signum() < 0 || level.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("level must be in [0, 1]: " + level);
    }
  }

  /** Stable bottom-up merge sort of trial indices by value: equal values keep index order. */
  private static void mergeSort(int[] order, int[] buffer, long[] values) {
    int n = order.length;
    int[] from = order;
    int[] to = buffer;
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        int out = lo;
        while (i < mid && j < hi) {
          // "<=" takes the left run first on ties: that is what makes the sort stable.
          to[out++] = values[from[i]] <= values[from[j]] ? from[i++] : from[j++];
        }
        while (i < mid) {
          to[out++] = from[i++];
        }
        while (j < hi) {
          to[out++] = from[j++];
        }
      }
      int[] swap = from;
      from = to;
      to = swap;
    }
    if (from != order) {
      System.arraycopy(from, 0, order, 0, n);
    }
  }
}
