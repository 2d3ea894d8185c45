package org.anxin.simulator.random;

/**
 * Exact Poisson variates, for yearly counts such as reports under a per-report guarantee. Below a
 * mean of 10, inversion by sequential search from 0 (one uniform); from 10 on, Hörmann's PTRS, "The
 * transformed rejection method for generating Poisson random variables" (Insurance: Mathematics and
 * Economics 12, 1993), about 1.3 pairs of uniforms per variate whatever the mean.
 */
public final class Poisson {

  private static final double INVERSION_LIMIT = 10.0;

  private Poisson() {}

  /**
   * One Poisson variate of mean {@code mean}; 0 without drawing when the mean is 0.
   *
   * @throws IllegalArgumentException when {@code mean} is negative, NaN, or above 1e15
   */
  public static long sample(RandomStream stream, double mean) {
    if (!(mean >= 0.0 && mean <= 1e15)) {
      throw new IllegalArgumentException("mean must be in [0, 1e15]: " + mean);
    }
    if (mean == 0.0) {
      return 0L;
    }
    return mean < INVERSION_LIMIT ? inversion(stream, mean) : ptrs(stream, mean);
  }

  private static long inversion(RandomStream stream, double mean) {
    double first = StrictMath.exp(-mean);
    while (true) {
      double u = stream.nextUniform();
      double pk = first;
      long k = 0;
      while (u > pk) {
        u -= pk;
        k++;
        pk *= mean / k;
        if (pk == 0.0) {
          break; // rounding left some u beyond the whole mass: start again
        }
      }
      if (u <= pk) {
        return k;
      }
    }
  }

  private static long ptrs(RandomStream stream, double mean) {
    double sqrtMean = StrictMath.sqrt(mean);
    double logMean = StrictMath.log(mean);
    double b = 0.931 + 2.53 * sqrtMean;
    double a = -0.059 + 0.02483 * b;
    double logInvAlpha = StrictMath.log(1.1239 + 1.1328 / (b - 3.4));
    double vr = 0.9277 - 3.6224 / (b - 2.0);
    while (true) {
      double u = stream.nextUniform() - 0.5;
      double v = stream.nextUniform();
      double us = 0.5 - Math.abs(u);
      double kd = StrictMath.floor((2.0 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) {
        return (long) kd;
      }
      if (kd < 0.0 || (us < 0.013 && v > us)) {
        continue;
      }
      long k = (long) kd;
      double lhs = StrictMath.log(v) + logInvAlpha - StrictMath.log(a / (us * us) + b);
      if (lhs <= -mean + k * logMean - LogFactorial.lnFactorial(k)) {
        return k;
      }
    }
  }
}
