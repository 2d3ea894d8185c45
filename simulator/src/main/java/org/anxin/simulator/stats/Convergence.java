package org.anxin.simulator.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the headline figures settle as trials are added: the distribution of the first m trials for m
 * = 1,000, 2,000, 5,000, 10,000, … (1, 2, 5 per decade) below n, and of all n. Trials are
 * independent and identically distributed, so the first m trials are a run of m trials (in a
 * stratified run they are not a stratified run of m trials, but each batch's first trials are
 * spread over its strata by a golden-ratio step from a random rotation: an unbiased sample whose
 * batches are independent, which is what their intervals need); figures that still move between the
 * last checkpoints say the run was too short for them. Each checkpoint is computed exactly as the
 * whole run's figures are ({@link Distribution}).
 */
public final class Convergence {

  /** The first checkpoint: fewer trials say little even about the mean. */
  static final int FIRST = 1_000;

  private Convergence() {}

  /** The trial counts of the checkpoints of a run of {@code n} trials, ascending, ending with n. */
  public static List<Integer> checkpoints(int n) {
    List<Integer> counts = new ArrayList<>();
    for (long decade = FIRST; decade < n; decade *= 10) {
      for (int step : new int[] {1, 2, 5}) {
        long m = decade * step;
        if (m < n) {
          counts.add((int) m);
        }
      }
    }
    counts.add(n);
    return List.copyOf(counts);
  }

  /**
   * The distribution of {@code values}' first m trials for every checkpoint m; the last, of all of
   * them, is {@code whole}, the run's own, not computed again.
   *
   * @throws IllegalArgumentException when {@code whole} is not of as many trials as {@code values}
   */
  public static List<Distribution> of(long[] values, Distribution whole) {
    return of(values, whole, 1);
  }

  /**
   * As {@link #of(long[], Distribution)} for a run of {@code batches} interleaved batches (a
   * stratified run): each checkpoint's standard error is its batches' ({@link BatchIntervals}).
   */
  public static List<Distribution> of(long[] values, Distribution whole, int batches) {
    if (whole.trials() != values.length) {
      throw new IllegalArgumentException(
          "distribution of " + whole.trials() + " trials for " + values.length + " values");
    }
    List<Distribution> points = new ArrayList<>();
    for (int m : checkpoints(values.length)) {
      if (m == values.length) {
        points.add(whole);
        continue;
      }
      long[] first = Arrays.copyOf(values, m);
      Distribution point = Distribution.of(first);
      points.add(
          batches > 1
              ? point.withStandardError(BatchIntervals.meanStandardError(first, batches))
              : point);
    }
    return List.copyOf(points);
  }
}
