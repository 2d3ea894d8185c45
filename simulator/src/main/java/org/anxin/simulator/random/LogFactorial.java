package org.anxin.simulator.random;

/**
 * {@code ln k!} and the Stirling-series remainder that the binomial and Poisson rejection samplers
 * need, in {@link StrictMath} so they are bit-identical everywhere.
 */
final class LogFactorial {

  /** {@code ln √(2π)}. */
  static final double LN_SQRT_2PI = 0.9189385332046728;

  /**
   * {@code fc(k) = ln k! − [(k + ½)·ln(k + 1) − (k + 1) + ln √(2π)]} for k = 0..29, computed with
   * mpmath to 50 digits and rounded to double; from k = 30 on, four terms of the asymptotic series
   * are accurate to double precision.
   */
  private static final double[] STIRLING_REMAINDER = {
    0.08106146679532726,
    0.0413406959554093,
    0.02767792568499834,
    0.020790672103765093,
    0.016644691189821193,
    0.013876128823070748,
    0.01189670994589177,
    0.010411265261972096,
    0.009255462182712733,
    0.00833056343336287,
    0.007573675487951841,
    0.00694284010720953,
    0.006408994188004207,
    0.0059513701127588475,
    0.005554733551962801,
    0.0052076559196096404,
    0.004901395948434738,
    0.004629153749334028,
    0.004385560249232324,
    0.004166319691996922,
    0.00396795421864086,
    0.0037876180684444346,
    0.0036229602246830948,
    0.003472021382978767,
    0.003333155636728093,
    0.003204970228055038,
    0.0030862786826087773,
    0.002976063983550409,
    0.0028734493623524663,
    0.0027776749297526936
  };

  private LogFactorial() {}

  /** {@code fc(k)}, the remainder of Stirling's formula for {@code ln k!}; {@code k >= 0}. */
  static double stirlingRemainder(long k) {
    if (k < STIRLING_REMAINDER.length) {
      return STIRLING_REMAINDER[(int) k];
    }
    double inv = 1.0 / (k + 1.0);
    double inv2 = inv * inv;
    return (1.0 / 12.0 - (1.0 / 360.0 - (1.0 / 1260.0 - 1.0 / 1680.0 * inv2) * inv2) * inv2) * inv;
  }

  /** {@code ln k!} for {@code k >= 0}, with relative error near 1e-16. */
  static double lnFactorial(long k) {
    double kp1 = k + 1.0;
    return (k + 0.5) * StrictMath.log(kp1) - kp1 + LN_SQRT_2PI + stirlingRemainder(k);
  }
}
