package org.anxin.simulator.random;

import java.util.Arrays;

/**
 * Walker's alias method (in Vose's numerically stable form) for sampling an index with given
 * weights in O(1): built once from the weights, then each draw uses one 64-bit random word and two
 * array reads, with no allocation. The word's high part picks a column uniformly (the high word of
 * {@code word × n}), its low part is the coin that keeps the column or takes its alias.
 *
 * <p>The engine keeps its values (amounts in fen, chain lengths) in its own array and uses the
 * sampled index into it.
 */
public final class AliasTable {

  /** Keep column i when the coin (unsigned) is below this; {@code -1L} (2^64−1) for "always". */
  private final long[] keepBelow;

  private final int[] alias;

  private AliasTable(long[] keepBelow, int[] alias) {
    this.keepBelow = keepBelow;
    this.alias = alias;
  }

  /**
   * A table for the given weights (need not sum to 1).
   *
   * @throws IllegalArgumentException when there are no weights, one is negative or not finite, or
   *     they sum to 0
   */
  public static AliasTable of(double... weights) {
    int n = weights.length;
    if (n == 0) {
      throw new IllegalArgumentException("no weights");
    }
    double sum = 0.0;
    for (double w : weights) {
      if (!(w >= 0.0 && Double.isFinite(w))) {
        throw new IllegalArgumentException("weights must be finite and >= 0: " + w);
      }
      sum += w;
    }
    if (!(sum > 0.0 && Double.isFinite(sum))) {
      throw new IllegalArgumentException("weights must have a positive finite sum: " + sum);
    }

    // Vose: scaled[i] = n·w_i/sum has mean 1; pair every column below 1 with one above.
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int smallCount = 0;
    int largeCount = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = weights[i] * n / sum;
      if (scaled[i] < 1.0) {
        small[smallCount++] = i;
      } else {
        large[largeCount++] = i;
      }
    }
    long[] keepBelow = new long[n];
    int[] alias = new int[n];
    while (smallCount > 0 && largeCount > 0) {
      int less = small[--smallCount];
      int more = large[--largeCount];
      keepBelow[less] = toUnsignedFraction(scaled[less]);
      alias[less] = more;
      scaled[more] = (scaled[more] + scaled[less]) - 1.0;
      if (scaled[more] < 1.0) {
        small[smallCount++] = more;
      } else {
        large[largeCount++] = more;
      }
    }
    // What is left is 1 up to rounding: such a column always keeps itself. A column of weight 0
    // is always paired above (its scaled value 0 is far from 1), so it is never left here.
    while (largeCount > 0) {
      int i = large[--largeCount];
      keepBelow[i] = -1L;
      alias[i] = i;
    }
    while (smallCount > 0) {
      int i = small[--smallCount];
      keepBelow[i] = -1L;
      alias[i] = i;
    }
    return new AliasTable(keepBelow, alias);
  }

  /** The number of outcomes. */
  public int size() {
    return alias.length;
  }

  /** An index in {@code [0, size())}, drawn with probability proportional to its weight. */
  public int sample(RandomStream stream) {
    long word = stream.nextLong();
    int n = alias.length;
    int column = (int) RandomStream.unsignedMultiplyHigh(word, n);
    long coin = word * n;
    // Keep the column when coin < keepBelow (unsigned): the borrow of coin − keepBelow. Selected
    // by a mask, not a branch: the coin is a fair random bit for most columns, so a branch would
    // be mispredicted about every other draw.
    long keep = keepBelow[column];
    long borrow = ((~coin & keep) | (~(coin ^ keep) & (coin - keep))) >>> 63;
    int other = alias[column];
    return other ^ ((other ^ column) & (int) -borrow);
  }

  /**
   * The probability with which {@link #sample(RandomStream)} returns {@code index}, as the table
   * encodes it (equal to the normalised weight up to rounding); for checks and diagnostics.
   */
  public double probability(int index) {
    int n = alias.length;
    double mass = fraction(keepBelow[index]);
    for (int column = 0; column < n; column++) {
      if (alias[column] == index && column != index) {
        mass += 1.0 - fraction(keepBelow[column]);
      }
    }
    return mass / n;
  }

  @Override
  public String toString() {
    return "AliasTable" + Arrays.toString(probabilities());
  }

  private double[] probabilities() {
    double[] p = new double[alias.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = probability(i);
    }
    return p;
  }

  /** {@code f · 2^64} as an unsigned long, for {@code f} in [0, 1); exact (a power-of-2 scale). */
  private static long toUnsignedFraction(double f) {
    double scaled = f * 0x1p64;
    return scaled >= 0x1p63 ? ((long) (scaled - 0x1p63)) ^ Long.MIN_VALUE : (long) scaled;
  }

  private static double fraction(long unsigned) {
    if (unsigned == -1L) {
      return 1.0;
    }
    double high = (double) (unsigned >>> 1) * 2.0 + (unsigned & 1L);
    return high * 0x1p-64;
  }
}
