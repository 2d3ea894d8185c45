package org.anxin.simulator.random;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

/**
 * Statistical checks with tolerances derived from the sample size. Every test that uses them runs
 * on a fixed stream address, so it is deterministic: the thresholds (a 1-in-10⁴ significance level,
 * or several standard errors) are chosen so that a correct sampler passes with a wide margin and a
 * wrong one (a biased rate, a wrong variance, a mis-shaped law) fails.
 */
public final class GoodnessOfFit {

  /** Standard normal quantile for 1 − 1e-4, one-sided. */
  private static final double Z_1E4 = 3.7190164854556804;

  private GoodnessOfFit() {}

  /**
   * The (1 − 1e-4) quantile of chi-square with {@code df} degrees of freedom, by the
   * Wilson-Hilferty cube approximation (accurate to well under 1 % for df ≥ 3).
   */
  static double chiSquareCritical(int df) {
    double c = 2.0 / (9.0 * df);
    double t = 1.0 - c + Z_1E4 * Math.sqrt(c);
    return df * t * t * t;
  }

  /** Pearson's statistic of observed counts against expected counts. */
  static double chiSquare(long[] observed, double[] expected) {
    double stat = 0.0;
    for (int i = 0; i < observed.length; i++) {
      double d = observed[i] - expected[i];
      stat += d * d / expected[i];
    }
    return stat;
  }

  /** Asserts that observed counts fit the expected ones at the 1e-4 level. */
  public static void assertChiSquareFits(String what, long[] observed, double[] expected) {
    double stat = chiSquare(observed, expected);
    double critical = chiSquareCritical(observed.length - 1);
    assertTrue(
        stat < critical,
        what + ": chi-square " + stat + " >= " + critical + " (df " + (observed.length - 1) + ")");
  }

  /** Asserts {@code |actual − expected| <= 5 standard errors}. */
  static void assertWithinStandardErrors(
      String what, double actual, double expected, double standardError) {
    assertTrue(
        Math.abs(actual - expected) <= 5.0 * standardError,
        what + ": " + actual + " vs " + expected + " (se " + standardError + ")");
  }

  /**
   * Kolmogorov-Smirnov: asserts that the sorted sample fits {@code cdf}; the critical value 2.0/√n
   * is beyond the 0.1 % level (1.95/√n).
   */
  static void assertKolmogorovSmirnovFits(String what, double[] sorted, DoubleUnaryOperator cdf) {
    int n = sorted.length;
    double d = 0.0;
    for (int i = 0; i < n; i++) {
      double f = cdf.applyAsDouble(sorted[i]);
      d = Math.max(d, Math.max(f - (double) i / n, (i + 1.0) / n - f));
    }
    double critical = 2.0 / Math.sqrt(n);
    assertTrue(d < critical, what + ": KS distance " + d + " >= " + critical);
  }

  /** Sample mean and unbiased variance. */
  static double[] meanAndVariance(double[] xs) {
    double mean = 0.0;
    for (double x : xs) {
      mean += x;
    }
    mean /= xs.length;
    double ss = 0.0;
    for (double x : xs) {
      ss += (x - mean) * (x - mean);
    }
    return new double[] {mean, ss / (xs.length - 1)};
  }

  /** Pearson correlation of two equally long samples. */
  static double correlation(double[] xs, double[] ys) {
    double[] mx = meanAndVariance(xs);
    double[] my = meanAndVariance(ys);
    double cov = 0.0;
    for (int i = 0; i < xs.length; i++) {
      cov += (xs[i] - mx[0]) * (ys[i] - my[0]);
    }
    cov /= xs.length - 1;
    return cov / Math.sqrt(mx[1] * my[1]);
  }
}
