package org.anxin.simulator.random;

import java.util.ArrayList;
import java.util.List;

/**
 * An exact probability mass function over {@code 0..max}, computed in the test from the law's
 * definition (log-space recurrences, independent of the samplers), and a chi-square comparison that
 * pools sparse tails so every cell expects at least 10 draws.
 */
final class DiscreteLaw {

  private final double[] pmf;

  private DiscreteLaw(double[] pmf) {
    this.pmf = pmf;
  }

  /** Binomial(n, p): P(0) = qⁿ, P(k)/P(k−1) = (n−k+1)/k · p/q. */
  static DiscreteLaw binomial(int n, double p) {
    double[] pmf = new double[n + 1];
    double log = n * Math.log1p(-p);
    pmf[0] = Math.exp(log);
    for (int k = 1; k <= n; k++) {
      log += Math.log((n - k + 1.0) / k) + Math.log(p / (1 - p));
      pmf[k] = Math.exp(log);
    }
    return new DiscreteLaw(pmf);
  }

  /** Poisson(λ) over 0..max: P(0) = e^−λ, P(k)/P(k−1) = λ/k. */
  static DiscreteLaw poisson(double lambda, int max) {
    double[] pmf = new double[max + 1];
    double log = -lambda;
    pmf[0] = Math.exp(log);
    for (int k = 1; k <= max; k++) {
      log += Math.log(lambda / k);
      pmf[k] = Math.exp(log);
    }
    return new DiscreteLaw(pmf);
  }

  /** Geometric skips: P(k) = (1−p)^k·p over 0..max. */
  static DiscreteLaw geometric(double p, int max) {
    double[] pmf = new double[max + 1];
    for (int k = 0; k <= max; k++) {
      pmf[k] = Math.pow(1 - p, k) * p;
    }
    return new DiscreteLaw(pmf);
  }

  /**
   * Compares the counts of {@code draws} sampled values with this law: cells are pooled from both
   * ends until each expects at least 10; values beyond {@code max} fall into the last cell, which
   * also takes the law's missing mass.
   */
  void assertFits(String what, long[] values) {
    int n = values.length;
    long[] counts = new long[pmf.length];
    for (long v : values) {
      counts[(int) Math.min(v, pmf.length - 1)]++;
    }
    List<long[]> cells = new ArrayList<>();
    List<Double> expected = new ArrayList<>();
    long observed = 0;
    double mass = 0.0;
    double total = 0.0;
    for (int k = 0; k < pmf.length; k++) {
      observed += counts[k];
      mass += pmf[k];
      total += pmf[k];
      if (mass * n >= 10.0) {
        cells.add(new long[] {observed});
        expected.add(mass * n);
        observed = 0;
        mass = 0.0;
      }
    }
    // Whatever is left, plus the mass beyond max, joins the last cell.
    double last = expected.remove(expected.size() - 1) + (mass + Math.max(0.0, 1.0 - total)) * n;
    long lastObserved = cells.remove(cells.size() - 1)[0] + observed;
    cells.add(new long[] {lastObserved});
    expected.add(last);
    long[] obs = new long[cells.size()];
    double[] exp = new double[cells.size()];
    for (int i = 0; i < obs.length; i++) {
      obs[i] = cells.get(i)[0];
      exp[i] = expected.get(i);
    }
    GoodnessOfFit.assertChiSquareFits(what, obs, exp);
  }
}
