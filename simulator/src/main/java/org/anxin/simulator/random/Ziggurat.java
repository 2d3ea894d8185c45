package org.anxin.simulator.random;

/**
 * Standard exponential and standard normal draws by the ziggurat method (Marsaglia and Tsang 2000),
 * for the engine's hottest draws: a geometric skip is the floor of an exponential, a lognormal is
 * the exponential of a normal. Inversion ({@code −ln U}, {@code Φ⁻¹(U)}) costs a logarithm or a
 * rational approximation with one per draw; the ziggurat returns about 99 draws in 100 after one
 * random word, one table read and one multiplication, and is exact in law: it is a rejection
 * sampler whose accepted points are uniform under the density.
 *
 * <p><b>The layers.</b> The density's right half {@code f} (e<sup>−x</sup>, or e<sup>−x²/2</sup>
 * for |x| of a normal) is covered by {@value #LAYERS} horizontal layers of equal area {@code V}:
 * layer {@code i ≥ 1} is the rectangle {@code [0, x_i] × [f(x_i), f(x_{i+1})]}, layer 0 the
 * rectangle {@code [0, r] × [0, f(r)]} together with the tail beyond {@code r}, counted as a
 * rectangle of width {@code V / f(r)}. A draw picks a layer and a point {@code x = u·x_i} in it:
 * left of {@code x_{i+1}} the whole layer lies under the curve and {@code x} is accepted at once;
 * in the base layer, right of {@code r}, the value comes from the tail ({@code r} plus a fresh
 * exponential, or Marsaglia's normal tail); elsewhere a height is drawn and {@code x} accepted if
 * it lies under {@code f}, else the draw starts again. {@code r} is not a published constant: it is
 * found by bisection, once, so that the layers close exactly at {@code f(0)} in double precision,
 * and the tables are computed with {@link StrictMath} and {@link Normal#cdf}, so they are the same
 * bits on every JVM; the test of a height calls {@link DeterministicMath#exp} for the same reason
 * (Commons RNG's ziggurat calls {@code Math.exp} there, whose last bit the JDK does not fix).
 *
 * <p><b>One position of the stream.</b> A draw takes exactly one position of its stream, the word
 * that picks the layer, whatever it rejects: the further words a slow draw needs are read from the
 * stream's overflow run for that position ({@link RandomStream#overflow(int)}), far from every
 * position in use. So a sampler keeps its fixed place, {@code skip(1)} still skips it, and the
 * draws after it are where they would be had it been accepted at once.
 */
public final class Ziggurat {

  /** Layers of each ziggurat: 8 bits of the word pick one. */
  static final int LAYERS = 256;

  private static final int LAYER_MASK = LAYERS - 1;

  /**
   * The bit of the word that gives a normal its sign, clear of the layer's and the point's bits.
   */
  private static final int SIGN_SHIFT = 8;

  private static final long SIGN_BIT = 1L << SIGN_SHIFT;

  /** The bits of the double 1.0: with the sign bit set, −1.0. */
  private static final long ONE_BITS = 0x3FF0_0000_0000_0000L;

  /** The point in the layer takes the word's high 53 bits: u in [0, 1) on the 2⁻⁵³ grid. */
  private static final int POINT_SHIFT = 11;

  private static final double TWO_POW_MINUS_53 = 0x1.0p-53;

  private static final Layers EXPONENTIAL = Layers.exponential();
  private static final Layers NORMAL = Layers.normal();

  private Ziggurat() {}

  /** A standard exponential, Exp(1), from one position of {@code stream}. */
  public static double exponential(RandomStream stream) {
    long word = stream.nextLong();
    int layer = (int) word & LAYER_MASK;
    double x = point(word) * EXPONENTIAL.x[layer];
    if (x < EXPONENTIAL.x[layer + 1]) {
      return x;
    }
    return exponentialAfterReject(stream, layer, x);
  }

  /** A standard normal, N(0, 1), from one position of {@code stream}. */
  public static double normal(RandomStream stream) {
    long word = stream.nextLong();
    int layer = (int) word & LAYER_MASK;
    double x = point(word) * NORMAL.x[layer];
    if (x < NORMAL.x[layer + 1]) {
      return withSign(x, word);
    }
    return withSign(normalAfterReject(stream, layer, x), word);
  }

  /**
   * {@code magnitude} negated when the word's sign bit is set: multiplied by ±1, the same bits as
   * {@code -magnitude} for every magnitude but NaN, which a draw never is (a product with −1 is
   * exact), with no branch the processor would mispredict every other draw (measured: 8.9 ns a draw
   * with the branch, 4.3 without). The factor depends on the word alone, so it is ready long before
   * the magnitude.
   */
  private static double withSign(double magnitude, long word) {
    return magnitude * Double.longBitsToDouble(ONE_BITS | (word & SIGN_BIT) << (63 - SIGN_SHIFT));
  }

  /** The tail's start {@code r} of the exponential ziggurat (for tests). */
  static double exponentialTailStart() {
    return EXPONENTIAL.x[1];
  }

  /** The tail's start {@code r} of the normal ziggurat (for tests). */
  static double normalTailStart() {
    return NORMAL.x[1];
  }

  private static double point(long word) {
    return (word >>> POINT_SHIFT) * TWO_POW_MINUS_53;
  }

  /**
   * The slow path of an exponential whose first point {@code x} in {@code layer} was not accepted
   * at once: the tail (r plus a fresh exponential, the law being memoryless) or the height test,
   * then fresh attempts, every word from the overflow run.
   */
  private static double exponentialAfterReject(RandomStream stream, int firstLayer, double firstX) {
    Layers z = EXPONENTIAL;
    int next = 0;
    double offset = 0;
    int layer = firstLayer;
    double x = firstX;
    while (true) {
      if (layer == 0) {
        offset += z.x[1];
      } else if (z.underCurve(layer, x, RandomStream.toUniform(stream.overflow(next++)))) {
        return offset + x;
      }
      long word = stream.overflow(next++);
      layer = (int) word & LAYER_MASK;
      x = point(word) * z.x[layer];
      if (x < z.x[layer + 1]) {
        return offset + x;
      }
    }
  }

  /**
   * The slow path of a normal's magnitude whose first point {@code x} in {@code layer} was not
   * accepted at once: Marsaglia's tail beyond r, or the height test, then fresh attempts.
   */
  private static double normalAfterReject(RandomStream stream, int firstLayer, double firstX) {
    Layers z = NORMAL;
    int next = 0;
    int layer = firstLayer;
    double x = firstX;
    while (true) {
      if (layer == 0) {
        double r = z.x[1];
        double a;
        double b;
        do {
          a = -DeterministicMath.log(RandomStream.toUniform(stream.overflow(next++))) / r;
          b = -DeterministicMath.log(RandomStream.toUniform(stream.overflow(next++)));
        } while (b + b <= a * a);
        return r + a;
      }
      if (z.underCurve(layer, x, RandomStream.toUniform(stream.overflow(next++)))) {
        return x;
      }
      long word = stream.overflow(next++);
      layer = (int) word & LAYER_MASK;
      x = point(word) * z.x[layer];
      if (x < z.x[layer + 1]) {
        return x;
      }
    }
  }

  /** The layer boundaries of one density and the density at them. */
  private static final class Layers {

    /** {@code x[0] = V/f(r)}, {@code x[1] = r}, …, {@code x[LAYERS] = 0}: decreasing. */
    final double[] x = new double[LAYERS + 1];

    /** {@code f(x[i])} for {@code i ≥ 1}; {@code f(0) = 1} at {@code LAYERS}. */
    final double[] fx = new double[LAYERS + 1];

    private final boolean normal;

    private Layers(boolean normal, double low, double high) {
      this.normal = normal;
      // Bisection on r: too small a tail start makes layers too large, and they reach f(0) early.
      while (true) {
        double middle = 0.5 * (low + high);
        if (middle <= low || middle >= high) {
          break;
        }
        if (overshoots(middle)) {
          low = middle;
        } else {
          high = middle;
        }
      }
      double r = high;
      double area = area(r);
      x[0] = area / density(r);
      x[1] = r;
      fx[1] = density(r);
      for (int i = 1; i < LAYERS - 1; i++) {
        fx[i + 1] = fx[i] + area / x[i];
        x[i + 1] = inverse(fx[i + 1]);
      }
      x[LAYERS] = 0;
      fx[LAYERS] = 1;
    }

    static Layers exponential() {
      return new Layers(false, 5, 10);
    }

    static Layers normal() {
      return new Layers(true, 2.5, 5);
    }

    /** Whether layers of the area that tail start {@code r} gives pass f(0) before the last. */
    private boolean overshoots(double r) {
      double area = area(r);
      double xi = r;
      double fi = density(r);
      for (int i = 1; i < LAYERS - 1; i++) {
        fi += area / xi;
        if (fi >= 1) {
          return true;
        }
        xi = inverse(fi);
      }
      return fi + area / xi >= 1;
    }

    /** Whether height {@code v} (a uniform) of layer {@code i ≥ 1} at {@code x} is under f. */
    boolean underCurve(int i, double x, double v) {
      double height = fx[i] + v * (fx[i + 1] - fx[i]);
      double exponent = normal ? -0.5 * x * x : -x;
      return height < DeterministicMath.exp(exponent);
    }

    /** Each layer's area: the base rectangle r·f(r) and the tail beyond r. */
    private double area(double r) {
      double tail =
          normal ? StrictMath.sqrt(2 * StrictMath.PI) * Normal.cdf(-r) : StrictMath.exp(-r);
      return r * density(r) + tail;
    }

    private double density(double x) {
      return StrictMath.exp(normal ? -0.5 * x * x : -x);
    }

    private double inverse(double y) {
      return normal ? StrictMath.sqrt(-2 * StrictMath.log(y)) : -StrictMath.log(y);
    }
  }
}
