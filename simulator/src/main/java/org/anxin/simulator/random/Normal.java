package org.anxin.simulator.random;

/**
 * The standard normal distribution: its CDF Φ, its inverse, and sampling by inversion (one uniform
 * gives one normal, which keeps the Gaussian copula a function of a single coordinate-addressed
 * draw). Everything uses {@link StrictMath}'s square root and floor, {@link DeterministicMath}'s
 * exponential and logarithm and a fixed evaluation order, so results are bit-identical on every
 * JVM.
 */
public final class Normal {

  // Wichura, Algorithm AS 241 "The percentage points of the normal distribution" (PPND16),
  // Applied Statistics 37 (1988) 477-484: relative error about 1e-16. All coefficients here are
  // the published 20-digit values written as the doubles they round to.
  private static final double[] A = {
    3.3871328727963665,
    133.14166789178438,
    1971.5909503065513,
    13731.69376550946,
    45921.95393154987,
    67265.7709270087,
    33430.57558358813,
    2509.0809287301227
  };
  private static final double[] B = {
    1.0,
    42.31333070160091,
    687.1870074920579,
    5394.196021424751,
    21213.794301586597,
    39307.89580009271,
    28729.085735721943,
    5226.495278852854
  };
  private static final double[] C = {
    1.4234371107496835,
    4.630337846156546,
    5.769497221460691,
    3.6478483247632045,
    1.2704582524523684,
    0.2417807251774506,
    0.022723844989269184,
    7.745450142783414E-4
  };
  private static final double[] D = {
    1.0,
    2.053191626637759,
    1.6763848301838038,
    0.6897673349851,
    0.14810397642748008,
    0.015198666563616457,
    5.475938084995345E-4,
    1.0507500716444169E-9
  };
  private static final double[] E = {
    6.657904643501103,
    5.463784911164114,
    1.7848265399172913,
    0.29656057182850487,
    0.026532189526576124,
    0.0012426609473880784,
    2.7115555687434876E-5,
    2.0103343992922881E-7
  };
  private static final double[] F = {
    1.0,
    0.599832206555888,
    0.1369298809227358,
    0.014875361290850615,
    7.868691311456133E-4,
    1.8463183175100548E-5,
    1.421511758316446E-7,
    2.0442631033899397E-15
  };

  // Cody, "Rational Chebyshev approximation for the error function" (Math. Comp. 1969), in the
  // form of his ANORM routine (SPECFUN, ACM TOMS Algorithm 715): Φ directly, with full relative
  // accuracy in the lower tail down to x = -37.5.
  private static final double[] CA = {
    2.2352520354606837,
    161.02823106855587,
    1067.6894854603709,
    18154.98125334356,
    0.06568233791820745
  };
  private static final double[] CB = {
    47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673
  };
  private static final double[] CC = {
    0.39894151208813466,
    8.883149794388377,
    93.50665613217785,
    597.2702763948002,
    2494.5375852903726,
    6848.190450536283,
    11602.65143764735,
    9842.714838383978,
    1.0765576773720192E-8
  };
  private static final double[] CD = {
    22.266688044328117,
    235.387901782625,
    1519.3775994075547,
    6485.558298266761,
    18615.571640885097,
    34900.95272114598,
    38912.00328609327,
    19685.429676859992
  };
  private static final double[] CP = {
    0.215898534057957,
    0.12740116116024736,
    0.022235277870649807,
    0.0014216191932278934,
    2.9112874951168793E-5,
    0.023073441764940174
  };
  private static final double[] CQ = {
    1.284260096144911,
    0.4682382124808651,
    0.06598813786892856,
    0.0037823963320275824,
    7.297515550839662E-5
  };

  private static final double ONE_OVER_SQRT_2PI = 0.3989422804014327;
  private static final double SQRT_32 = 5.656854249492381;

  /** Below this Φ underflows to 0 (and above its negation Φ rounds to 1). */
  private static final double LOWER_LIMIT = -37.5193;

  private Normal() {}

  /**
   * A standard normal variate from one uniform of the stream: {@code Φ⁻¹(U)}. With the stream's
   * uniform grid the result lies within ±8.3.
   */
  public static double sample(RandomStream stream) {
    return inverseCdf(stream.nextUniform());
  }

  /**
   * Φ⁻¹(p), the standard normal quantile, by Wichura's AS 241 (relative error about 1e-16). {@code
   * p = 0} gives −∞ and {@code p = 1} gives +∞.
   *
   * @throws IllegalArgumentException when {@code p} is outside [0, 1] or NaN
   */
  public static double inverseCdf(double p) {
    if (!(p > 0.0 && p < 1.0)) {
      if (p == 0.0) {
        return Double.NEGATIVE_INFINITY;
      }
      if (p == 1.0) {
        return Double.POSITIVE_INFINITY;
      }
      throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
    }
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q * horner(A, r) / horner(B, r);
    }
    double r = q < 0.0 ? p : 1.0 - p;
    r = StrictMath.sqrt(-DeterministicMath.log(r));
    double x;
    if (r <= 5.0) {
      r -= 1.6;
      x = horner(C, r) / horner(D, r);
    } else {
      r -= 5.0;
      x = horner(E, r) / horner(F, r);
    }
    return q < 0.0 ? -x : x;
  }

  /**
   * Φ(x), the standard normal CDF, by Cody's rational approximations: relative error near 1e-16
   * over the whole range, including the lower tail (Φ(−8) ≈ 6.2e-16 is accurate to the last digits,
   * which the copula needs for rare risks in good years). NaN gives NaN.
   */
  public static double cdf(double x) {
    double y = Math.abs(x);
    if (y <= 0.66291) {
      double xsq = x * x;
      double num = CA[4] * xsq;
      double den = xsq;
      for (int i = 0; i < 3; i++) {
        num = (num + CA[i]) * xsq;
        den = (den + CB[i]) * xsq;
      }
      return 0.5 + x * (num + CA[3]) / (den + CB[3]);
    }
    double lower;
    if (y <= SQRT_32) {
      double num = CC[8] * y;
      double den = y;
      for (int i = 0; i < 7; i++) {
        num = (num + CC[i]) * y;
        den = (den + CD[i]) * y;
      }
      lower = gaussianTail(y, (num + CC[7]) / (den + CD[7]));
    } else if (-y > LOWER_LIMIT) {
      double xsq = 1.0 / (x * x);
      double num = CP[5] * xsq;
      double den = xsq;
      for (int i = 0; i < 4; i++) {
        num = (num + CP[i]) * xsq;
        den = (den + CQ[i]) * xsq;
      }
      double ratio = xsq * (num + CP[4]) / (den + CQ[4]);
      lower = gaussianTail(y, (ONE_OVER_SQRT_2PI - ratio) / y);
    } else if (Double.isNaN(x)) {
      return Double.NaN;
    } else {
      lower = 0.0;
    }
    return x > 0.0 ? 1.0 - lower : lower;
  }

  /**
   * {@code exp(-y²/2) · factor}, splitting y into a part with 4 fractional bits (whose square is
   * exact) and a remainder, so the exponential keeps its relative accuracy for large y.
   */
  private static double gaussianTail(double y, double factor) {
    double ySixteenths = Math.floor(y * 16.0) / 16.0;
    double rest = (y - ySixteenths) * (y + ySixteenths);
    return DeterministicMath.exp(-ySixteenths * ySixteenths * 0.5)
        * DeterministicMath.exp(-rest * 0.5)
        * factor;
  }

  /** {@code c[0] + c[1]·x + … + c[n−1]·x^(n−1)} by Horner's rule, in a fixed order. */
  private static double horner(double[] c, double x) {
    double v = c[c.length - 1];
    for (int i = c.length - 2; i >= 0; i--) {
      v = v * x + c[i];
    }
    return v;
  }
}
