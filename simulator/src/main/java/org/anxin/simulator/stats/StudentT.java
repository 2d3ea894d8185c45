package org.anxin.simulator.stats;

/**
 * Student's t quantile for two-sided 95 % intervals, by the Cornish–Fisher expansion in the normal
 * quantile (Abramowitz and Stegun 26.7.5), whose error is below 10⁻⁵ from 5 degrees of freedom and
 * below 10⁻⁶ from 10: ample for an interval's half-width.
 */
final class StudentT {

  /** z with Φ(z) = 0.975. */
  private static final double Z = Interval.Z_975;

  private StudentT() {}

  /**
   * {@code t} with {@code P(T ≤ t) = 0.975} for {@code df} degrees of freedom.
   *
   * @throws IllegalArgumentException when {@code df} is below 5
   */
  static double quantile975(int df) {
    if (df < 5) {
      throw new IllegalArgumentException("degrees of freedom below 5: " + df);
    }
    double z2 = Z * Z;
    double g1 = (z2 + 1) * Z / 4;
    double g2 = ((5 * z2 + 16) * z2 + 3) * Z / 96;
    double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * Z / 384;
    double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * Z / 92160;
    double v = df;
    return Z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
  }
}
