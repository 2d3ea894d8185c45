package org.anxin.simulator.engine;

/**
 * An ascending array of cut-off values and a guide table over a range of queries, answering "how
 * many cut-offs are at or below v" with one table read for most queries instead of a logarithm or a
 * binary search over all of them.
 *
 * <p>The table is exact by construction, not corrected afterwards. A value's bucket is {@code (int)
 * ((v − from) · scale)}, clamped to the table; floating-point subtraction and multiplication by a
 * positive number round monotonically, so the bucket never decreases as the value grows. A cut-off
 * in a lower bucket than {@code v}'s is therefore below {@code v}, one in a higher bucket above it,
 * and only the cut-offs in {@code v}'s own bucket need comparing: in most buckets there are none,
 * and the answer is the table's entry alone. (Reading the cut-offs besides the table costs a second
 * and third dependent memory access, the most expensive part of a query once the tables of a run's
 * samplers no longer fit the first-level cache.)
 */
final class Cutoffs {

  /** Buckets of the guide table. */
  private static final int BUCKETS = 4096;

  /** Beyond this many cut-offs in one bucket, search it by halves rather than one by one. */
  private static final int LINEAR = 16;

  private final double[] cutoffs;
  private final double origin;
  private final double scale;

  /** For each bucket {@code k}, how many cut-offs lie in the buckets below it. */
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
      while (below < cutoffs.length && bucketOf(cutoffs[below]) < k) {
        below++;
      }
      guide[k] = below;
    }
  }

  private int bucketOf(double v) {
    int bucket = (int) ((v - origin) * scale);
    return bucket < 0 ? 0 : Math.min(bucket, BUCKETS - 1);
  }

  /** How many cut-offs are at or below {@code v}. */
  int countAtOrBelow(double v) {
    int bucket = bucketOf(v);
    int n = guide[bucket];
    int end = guide[bucket + 1];
    if (end - n > LINEAR) {
      // Many cut-offs in this bucket (a long tail's): the first above v, by halves.
      int high = end;
      while (n < high) {
        int middle = (n + high) >>> 1;
        if (cutoffs[middle] <= v) {
          n = middle + 1;
        } else {
          high = middle;
        }
      }
      return n;
    }
    while (n < end && cutoffs[n] <= v) {
      n++;
    }
    return n;
  }
}
