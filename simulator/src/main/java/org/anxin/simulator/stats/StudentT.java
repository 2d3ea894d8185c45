package org.anxin.simulator.stats;

/**
 * Student's t quantile for two-sided 95 % intervals, exact to the double: the root of the t
 * distribution's closed form for whole degrees of freedom (Abramowitz and Stegun 26.7.3–4, a finite
 * sum of powers of cos θ, θ = atan(t/√ν)), found by bisection in {@link StrictMath}, so the same
 * bits on every JVM. An interval's half-width is this times a standard error of millions of fen, so
 * a series approximation's 10⁻⁵ (the Cornish–Fisher expansion this replaced) would move it by whole
 * fen.
 */
final class StudentT {

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
    // P(|T| ≤ low) < 0.95 ≤ P(|T| ≤ high) throughout: t(5) = 2.57 is the largest quantile from 5
    // degrees of freedom on, z = 1.96 the smallest; high ends as the least double that reaches
    // 0.95.
    double low = 1.9;
    double high = 2.6;
    while (true) {
      double middle = 0.5 * (low + high);
      if (middle <= low || middle >= high) {
        return high;
      }
      if (centralProbability(middle, df) < 0.95) {
        low = middle;
      } else {
        high = middle;
      }
    }
  }

  /** {@code P(|T| ≤ t)} for {@code df ≥ 1} degrees of freedom, {@code t ≥ 0}. */
  static double centralProbability(double t, int df) {
    double theta = StrictMath.atan(t / StrictMath.sqrt(df));
    double sin = StrictMath.sin(theta);
    double cos = StrictMath.cos(theta);
    double cos2 = cos * cos;
    if (df % 2 == 0) {
      // sin θ · (1 + ½cos²θ + (1·3)/(2·4)cos⁴θ + … + cos^(ν−2)θ's term)
      double term = 1;
      double sum = 1;
      for (int k = 1; k <= (df - 2) / 2; k++) {
        term *= cos2 * (2 * k - 1) / (2 * k);
        sum += term;
      }
      return sin * sum;
    }
    // (2/π)·(θ + sin θ · (cos θ + (2/3)cos³θ + … + cos^(ν−2)θ's term)), the sum empty for ν = 1
    double sum = 0;
    if (df > 1) {
      double term = cos;
      sum = term;
      for (int k = 1; k <= (df - 3) / 2; k++) {
        term *= cos2 * (2 * k) / (2 * k + 1);
        sum += term;
      }
    }
    return 2 / StrictMath.PI * (theta + sin * sum);
  }
}
