package org.anxin.simulator.random;

/**
 * The standard normal distribution: its CDF Φ, its inverse, and sampling by inversion (one uniform
 * gives one normal, which keeps the Gaussian copula a function of a single coordinate-addressed
 * draw). Everything uses {@link StrictMath} and a fixed evaluation order, so results are
 * bit-identical on every JVM.
 */
public final class Normal {

  // Wichura, Algorithm AS 241 "The percentage points of the normal distribution" (PPND16),
  // Applied Statistics 37 (1988) 477-484: relative error about 1e-16.
  private static final double[] A = {
    3.3871328727963666080e0,
    1.3314166789178437745e+2,
    1.9715909503065514427e+3,
    1.3731693765509461125e+4,
    4.5921953931549871457e+4,
    6.7265770927008700853e+4,
    3.3430575583588128105e+4,
    2.5090809287301226727e+3
  };
  private static final double[] B = {
    1.0,
    4.2313330701600911252e+1,
    6.8718700749205790830e+2,
    5.3941960214247511077e+3,
    2.1213794301586595867e+4,
    3.9307895800092710610e+4,
    2.8729085735721942674e+4,
    5.2264952788528545610e+3
  };
  private static final double[] C = {
    1.42343711074968357734e0,
    4.63033784615654529590e0,
    5.76949722146069140550e0,
    3.64784832476320460504e0,
    1.27045825245236838258e0,
    2.41780725177450611770e-1,
    2.27238449892691845833e-2,
    7.74545014278341407640e-4
  };
  private static final double[] D = {
    1.0,
    2.05319162663775882187e0,
    1.67638483018380384940e0,
    6.89767334985100004550e-1,
    1.48103976427480074590e-1,
    1.51986665636164571966e-2,
    5.47593808499534494600e-4,
    1.05075007164441684324e-9
  };
  private static final double[] E = {
    6.65790464350110377720e0,
    5.46378491116411436990e0,
    1.78482653991729133580e0,
    2.96560571828504891230e-1,
    2.65321895265761230930e-2,
    1.24266094738807843860e-3,
    2.71155556874348757815e-5,
    2.01033439929228813265e-7
  };
  private static final double[] F = {
    1.0,
    5.99832206555887937690e-1,
    1.36929880922735805310e-1,
    1.48753612908506148525e-2,
    7.86869131145613259100e-4,
    1.84631831751005468180e-5,
    1.42151175831644588870e-7,
    2.04426310338993978564e-15
  };

  // Cody, "Rational Chebyshev approximation for the error function" (Math. Comp. 1969), in the
  // form of his ANORM routine (SPECFUN, ACM TOMS Algorithm 715): Φ directly, with full relative
  // accuracy in the lower tail down to x = -37.5.
  private static final double[] CA = {
    2.2352520354606839287e00,
    1.6102823106855587881e02,
    1.0676894854603709582e03,
    1.8154981253343561249e04,
    6.5682337918207449113e-2
  };
  private static final double[] CB = {
    4.7202581904688241870e01,
    9.7609855173777669322e02,
    1.0260932208618978205e04,
    4.5507789335026729956e04
  };
  private static final double[] CC = {
    3.9894151208813466764e-1,
    8.8831497943883759412e00,
    9.3506656132177855979e01,
    5.9727027639480026226e02,
    2.4945375852903726711e03,
    6.8481904505362823326e03,
    1.1602651437647350124e04,
    9.8427148383839780218e03,
    1.0765576773720192317e-8
  };
  private static final double[] CD = {
    2.2266688044328115691e01,
    2.3538790178262499861e02,
    1.5193775994075548050e03,
    6.4855582982667607550e03,
    1.8615571640885098091e04,
    3.4900952721145977266e04,
    3.8912003286093271411e04,
    1.9685429676859990727e04
  };
  private static final double[] CP = {
    2.1589853405795699e-1,
    1.274011611602473639e-1,
    2.2235277870649807e-2,
    1.421619193227893466e-3,
    2.9112874951168792e-5,
    2.307344176494017303e-2
  };
  private static final double[] CQ = {
    1.28426009614491121e00,
    4.68238212480865118e-1,
    6.59881378689285515e-2,
    3.78239633202758244e-3,
    7.29751555083966205e-5
  };

  private static final double ONE_OVER_SQRT_2PI = 3.9894228040143267794e-1;
  private static final double SQRT_32 = 5.656854249492380195206754896838;

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
    r = StrictMath.sqrt(-StrictMath.log(r));
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
    double ySixteenths = StrictMath.floor(y * 16.0) / 16.0;
    double rest = (y - ySixteenths) * (y + ySixteenths);
    return StrictMath.exp(-ySixteenths * ySixteenths * 0.5) * StrictMath.exp(-rest * 0.5) * factor;
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
