package org.anxin.simulator.random;

/**
 * {@code ln k!} and the Stirling-series remainder that the binomial and Poisson rejection samplers
 * need, in {@link StrictMath} so they are bit-identical everywhere.
 */
final class LogFactorial {

  /** {@code ln √(2π)}. */
  static final double LN_SQRT_2PI = 0.91893853320467274178;

  /**
   * {@code fc(k) = ln k! − [(k + ½)·ln(k + 1) − (k + 1) + ln √(2π)]} for k = 0..29, computed to 25
   * digits; from k = 30 on, four terms of the asymptotic series are accurate to double precision.
   */
  private static final double[] STIRLING_REMAINDER = {
    0.08106146679532725821967026,
    0.04134069595540929409382208,
    0.02767792568499833914878929,
    0.02079067210376509311152277,
    0.01664469118982119216319487,
    0.01387612882307074799874573,
    0.01189670994589177009505572,
    0.01041126526197209649747857,
    0.009255462182712732917728637,
    0.008330563433362871256469319,
    0.007573675487951840794972024,
    0.006942840107209529865664153,
    0.006408994188004207068439631,
    0.005951370112758847735624416,
    0.00555473355196280137103869,
    0.005207655919609640440717997,
    0.004901395948434737860716818,
    0.004629153749334028592427213,
    0.004385560249232324268287736,
    0.004166319691996922457462923,
    0.003967954218640859617287637,
    0.003787618068444434577866677,
    0.003622960224683094707381198,
    0.003472021382978766962945115,
    0.003333155636728092875807019,
    0.003204970228055038011184157,
    0.003086278682608777063256241,
    0.002976063983550408826021163,
    0.002873449362352466387552351,
    0.002777674929752693603594904
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
