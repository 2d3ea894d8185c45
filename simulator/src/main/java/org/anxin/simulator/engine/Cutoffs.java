package org.anxin.simulator.engine;

/**
 * An ascending array of cut-off values and a guide table over a range of queries, answering "how
 * many cut-offs are at or below v" in a few comparisons instead of a logarithm or a binary search
 * over all of them. The guide is a starting point only: the answer is corrected against the
 * cut-offs themselves, so it is exact whatever the rounding of the bucket a query falls in.
 */
final class Cutoffs {

  /** Buckets of the guide table. */
  private static final int BUCKETS = 4096;

  /** Beyond this many cut-offs in one bucket, search it by halves rather than one by one. */
  private static final int LINEAR = 16;

  private final double[] cutoffs;
  private final double origin;
  private final double scale;

  /** For each bucket {@code k}, how many cut-offs lie below the bucket's first value. */
  private final int[] guide = new int[BUCKETS + 1];

  /**
   * Cut-offs for queries expected in {@code [from, to)}: queries outside it are answered too, from
   * the first or last bucket.
   *
   * @param cutoffs ascending, not modified afterwards
   */
  Cutoffs(double[] cutoffs, double from, double to) {
    for (int i = 1; i < cutoffs.length; i++) {
      if (!(cutoffs[i - 1] <= cutoffs[i])) {
        throw new IllegalArgumentException("cut-offs must ascend at " + i);
      }
    }
    this.cutoffs = cutoffs;
    this.origin = from;
    this.scale = BUCKETS / (to - from);
    int below = 0;
    for (int k = 0; k <= BUCKETS; k++) {
      double start = from + k / scale;
      while (below < cutoffs.length && cutoffs[below] < start) {
        below++;
      }
      guide[k] = below;
    }
  }

  /** How many cut-offs are at or below {@code v}. */
  int countAtOrBelow(double v) {
    int bucket = (int) ((v - origin) * scale);
    bucket = bucket < 0 ? 0 : Math.min(bucket, BUCKETS - 1);
    int low = guide[bucket];
    int high = guide[bucket + 1];
    if (high - low > LINEAR) {
      // Many cut-offs in this bucket (a long tail's): the first above v, by halves.
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (cutoffs[middle] <= v) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
    }
    int n = low;
    while (n < cutoffs.length && cutoffs[n] <= v) {
      n++;
    }
    while (n > 0 && cutoffs[n - 1] > v) {
      n--;
    }
    return n;
  }
}
