package org.anxin.simulator.random;

/**
 * A reproducible stream of random numbers addressed by logical coordinates {@code (seed, tag, a,
 * b)} rather than by the order in which it was created or the thread that uses it. A worker keeps
 * one instance and {@linkplain #reset(long, long, long) re-positions} it in O(1), without
 * allocating, for every trial, risk or deal it handles; the numbers it then draws are a pure
 * function of the coordinates and of how many were drawn since the reset. So the results of a
 * simulation do not depend on the number of threads or on the order in which work completes.
 *
 * <p>Design, in two stages:
 *
 * <ol>
 *   <li><b>Addressing.</b> {@link #reset(long, long, long)} computes the stream's 128-bit key as
 *       Threefry-2x64-20 (Salmon et al. 2011) of the counter {@code (a, b)} under the key {@code
 *       (seed, tag)}. Threefry is a bijection of the counter for each key, so distinct {@code (a,
 *       b)} under one seed and tag always get distinct stream keys; it passes BigCrush with 13
 *       rounds, so the keys of neighbouring coordinates (deal 41 and deal 42) look like independent
 *       uniform 128-bit values. Different seeds or tags give unrelated bijections.
 *   <li><b>Drawing.</b> The numbers of one stream are SplitMix64 (Steele, Lea and Flood 2014, the
 *       generator of {@code java.util.SplittableRandom}): draw {@code i} (from 0) is {@code
 *       mix64(k0 + (i + 1)·γ)}, the 64-bit variant-13 Stafford mix of a Weyl sequence, with the
 *       starting point {@code k0} and the odd increment {@code γ} both taken from the stream key.
 *       It passes BigCrush, costs one add and a few multiplies per number, and, being indexed by
 *       {@code i}, supports {@link #skipTo(long)} in O(1). Because every stream has its own
 *       pseudo-random γ (made odd, and with enough bit transitions, as SplittableRandom does), two
 *       streams are different Weyl sequences rather than shifted copies of one, which is what makes
 *       SplittableRandom's split streams independent.
 * </ol>
 *
 * <p>Counter-based generation in the sense of SSJ's streams and substreams, but without their
 * sequential jump-ahead: any stream is reachable directly from its address.
 *
 * <p>Instances are mutable and not thread-safe: one per worker thread. Every method is O(1) and
 * allocates nothing.
 */
public final class RandomStream {

  /** Scale of the 52-bit uniform grid. */
  private static final double TWO_POW_MINUS_52 = 0x1.0p-52;

  private final long seed;

  /** Scratch for Threefry's two output words, reused across resets. */
  private final long[] block = new long[2];

  private long origin;
  private long gamma;
  private long state;

  /**
   * A stream for the given run seed, positioned at {@code (tag 0, a 0, b 0)}; call {@link
   * #reset(long, long, long)} before drawing.
   */
  public RandomStream(long seed) {
    this.seed = seed;
    reset(0L, 0L, 0L);
  }

  /** A new stream for {@code seed} positioned at {@code (kind, a, b)}. */
  public static RandomStream at(long seed, StreamKind kind, long a, long b) {
    return new RandomStream(seed).reset(kind, a, b);
  }

  /** The run seed this stream belongs to. */
  public long seed() {
    return seed;
  }

  /**
   * Re-positions this stream at the start of the stream {@code (seed, tag, a, b)}: the next draw is
   * that stream's first number. O(1), allocation-free.
   *
   * @param tag what the stream is for, usually a {@link StreamKind#tag(int)}
   * @param a the first coordinate (usually the trial)
   * @param b the second coordinate (a deal, a risk, a chain; 0 when unused)
   * @return this stream
   */
  public RandomStream reset(long tag, long a, long b) {
    Threefry2x64.encrypt20(seed, tag, a, b, block);
    origin = block[0];
    gamma = oddGamma(block[1]);
    state = origin;
    return this;
  }

  /**
   * The keys of the streams {@code (seed, kind, a, b[i])} for {@code i < count}, as {@link
   * #reset(StreamKind, long, long)} computes them, into {@code origins[i]} and {@code gammas[i]},
   * for {@link #resetToKey}. One encryption is a chain of some sixty dependent operations; a batch
   * is encrypted round by round across all its counters ({@link Threefry2x64#encrypt20(long, long,
   * long, long[], int, long[], long[])}), the same bits.
   */
  public void keys(StreamKind kind, long a, int[] b, int count, long[] origins, long[] gammas) {
    for (int i = 0; i < count; i++) {
      gammas[i] = b[i];
    }
    Threefry2x64.encrypt20(seed, kind.tag(), a, gammas, count, origins, gammas);
    for (int i = 0; i < count; i++) {
      gammas[i] = oddGamma(gammas[i]);
    }
  }

  /**
   * Re-positions this stream at the start of the stream whose key {@link #keys} wrote as {@code
   * origin} and {@code gamma}: the same stream as the reset at its coordinates.
   *
   * @return this stream
   */
  public RandomStream resetToKey(long origin, long gamma) {
    this.origin = origin;
    this.gamma = gamma;
    state = origin;
    return this;
  }

  /** As {@link #reset(long, long, long)} with {@code kind.tag()}. */
  public RandomStream reset(StreamKind kind, long a, long b) {
    return reset(kind.tag(), a, b);
  }

  /**
   * Positions this stream on the same stream and draw as {@code other} (same seed), without
   * computing the key again: a second cursor over one stream, O(1), allocation-free.
   *
   * @return this stream
   */
  public RandomStream copyPositionOf(RandomStream other) {
    if (other.seed != seed) {
      throw new IllegalArgumentException("streams of different seeds");
    }
    origin = other.origin;
    gamma = other.gamma;
    state = other.state;
    return this;
  }

  /**
   * Jumps to draw number {@code index} (0-based) of the current stream, so that a fixed slot (say,
   * draw 3 for a deal's deposit) can be read no matter how many numbers earlier samplers consumed.
   *
   * @return this stream
   */
  public RandomStream skipTo(long index) {
    state = origin + index * gamma;
    return this;
  }

  /**
   * Moves past the next {@code count} draws without computing them: what a sampler whose value is
   * not needed would have consumed, so the draws after it stay where they were.
   *
   * @return this stream
   */
  public RandomStream skip(long count) {
    state += count * gamma;
    return this;
  }

  /**
   * Where the overflow runs begin: index {@code 2^62}, beyond every position a stream is read at
   * ({@link #overflow(int)} holds for positions below {@code 2^42}).
   */
  private static final long OVERFLOW_START = 1L << 62;

  /** The length of each position's overflow run. */
  private static final long OVERFLOW_WIDTH = 1L << 20;

  /**
   * Word {@code k} (from 0) of the overflow run of the position last drawn, {@code p}: draw number
   * {@code 2^62 + 2^20·p + k} of this stream, which no position below {@code 2^42} reads and no
   * other position's run shares. A rejection sampler such as {@link Ziggurat} reads here the words
   * a slow draw needs after the first, so the draw still takes one position and moves no later one.
   * Does not move the stream. (Going past the run's 2<sup>20</sup> words would take some 300,000
   * rejections in a row.)
   */
  long overflow(int k) {
    // p·γ is state − origin − γ: the run's index is linear in p, so no division is needed.
    long positionTimesGamma = state - origin - gamma;
    return mix64(origin + (OVERFLOW_START + 1 + k) * gamma + OVERFLOW_WIDTH * positionTimesGamma);
  }

  /** The next 64 uniformly random bits. */
  public long nextLong() {
    state += gamma;
    return mix64(state);
  }

  /**
   * A uniform number in the open interval (0, 1), never 0 or 1: one of the 2<sup>52</sup> values
   * {@code (k + 0.5) / 2^52}. The grid is symmetric ({@code 1 - u} is on it too) and its ends keep
   * {@code log(u)} and the normal inverse CDF finite (|z| &lt; 8.3).
   */
  public double nextUniform() {
    return toUniform(nextLong());
  }

  /** The uniform that {@link #nextUniform()} makes of 64 random bits (their high 52). */
  static double toUniform(long bits) {
    return ((bits >>> 12) + 0.5) * TWO_POW_MINUS_52;
  }

  /** True with probability {@code p}: {@code p <= 0} is never true, {@code p >= 1} always. */
  public boolean nextBernoulli(double p) {
    return nextUniform() < p;
  }

  /**
   * A uniform {@code int} in {@code [0, bound)}, exactly unbiased (Lemire's multiply-and-reject).
   *
   * @throws IllegalArgumentException when {@code bound <= 0}
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) nextLong((long) bound);
  }

  /**
   * A uniform {@code long} in {@code [0, bound)}, exactly unbiased: the high word of the 128-bit
   * product of a random word and {@code bound}, rejecting the few words that would favour small
   * results (Lemire 2019).
   *
   * @throws IllegalArgumentException when {@code bound <= 0}
   */
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    long x = nextLong();
    long low = x * bound;
    if (Long.compareUnsigned(low, bound) < 0) {
      long threshold = Long.remainderUnsigned(-bound, bound);
      while (Long.compareUnsigned(low, threshold) < 0) {
        x = nextLong();
        low = x * bound;
      }
    }
    return unsignedMultiplyHigh(x, bound);
  }

  /**
   * A uniform {@code long} in {@code [origin, bound)}, exactly unbiased, for any range that fits
   * (wider than {@code Long.MAX_VALUE} is drawn by rejection).
   *
   * @throws IllegalArgumentException when {@code origin >= bound}
   */
  public long nextLong(long origin, long bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("empty range [" + origin + ", " + bound + ")");
    }
    long width = bound - origin;
    if (width > 0) {
      return origin + nextLong(width);
    }
    long x = nextLong();
    while (x < origin || x >= bound) {
      x = nextLong();
    }
    return x;
  }

  /** The high 64 bits of the unsigned 128-bit product {@code x * y}, for {@code y >= 0}. */
  static long unsignedMultiplyHigh(long x, long y) {
    // Java 17 has only the signed multiplyHigh; a negative x stands for x + 2^64.
    return Math.multiplyHigh(x, y) + ((x >> 63) & y);
  }

  /** SplitMix64's output function, Stafford's "Mix13" variant of the MurmurHash3 finalizer. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * An odd Weyl increment from random bits. As in SplittableRandom, an increment with fewer than 24
   * bit transitions (e.g. 0x0000_0000_0000_0001) makes a poor Weyl sequence, so such a value is
   * flipped into one with many.
   */
  static long oddGamma(long bits) {
    long g = bits | 1L;
    return Long.bitCount(g ^ (g >>> 1)) < 24 ? g ^ 0xAAAA_AAAA_AAAA_AAAAL : g;
  }
}
