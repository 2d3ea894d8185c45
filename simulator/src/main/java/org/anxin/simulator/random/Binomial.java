package org.anxin.simulator.random;

/**
 * Exact binomial variates: the number of successes in {@code n} independent trials of probability
 * {@code p} (e.g. how many deals of a book a risk strikes this year, when only the count matters).
 *
 * <p>Two exact algorithms, chosen by the mode {@code m = ⌊(n+1)·p⌋} after reflecting to {@code p ≤
 * ½}: below 11, inversion by sequential search from 0 (Kachitvichyanukul and Schmeiser's BINV; one
 * uniform, about {@code n·p + 1} steps); from 11 on, Hörmann's BTRD, "The generation of binomial
 * random variates" (J. Statist. Comput. Simul. 46, 1993): transformed rejection with a decomposed
 * hat and squeeze, about 1.2 uniforms per variate whatever {@code n}. Neither approximates the
 * binomial law; the only error is floating-point rounding. The number of uniforms consumed varies,
 * so callers that need fixed slots afterwards use {@link RandomStream#skipTo(long)}.
 */
public final class Binomial {

  /** Below this mode inversion is cheaper than BTRD, whose constants also need {@code n·p ≥ 10}. */
  private static final long INVERSION_MODE_LIMIT = 11;

  private Binomial() {}

  /**
   * One binomial(n, p) variate in {@code [0, n]}. {@code p = 0} or {@code n = 0} gives 0 and {@code
   * p = 1} gives {@code n}, without drawing.
   *
   * @throws IllegalArgumentException when {@code n < 0} or {@code p} is outside [0, 1] or NaN
   */
  public static long sample(RandomStream stream, long n, double p) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0: " + n);
    }
    OneFactorGaussianCopula.requireUnit("probability", p);
    if (n == 0 || p == 0.0) {
      return 0L;
    }
    if (p == 1.0) {
      return n;
    }
    if (p > 0.5) {
      // Exact: 1 − p is representable for p in (½, 1).
      return n - sampleAtMostHalf(stream, n, 1.0 - p);
    }
    return sampleAtMostHalf(stream, n, p);
  }

  private static long sampleAtMostHalf(RandomStream stream, long n, double p) {
    long mode = (long) ((n + 1.0) * p);
    return mode < INVERSION_MODE_LIMIT ? inversion(stream, n, p) : btrd(stream, n, p, mode);
  }

  /** Sequential search: P(0) = qⁿ, P(k) = P(k−1)·((n+1)/k − 1)·p/q. */
  private static long inversion(RandomStream stream, long n, double p) {
    double q = 1.0 - p;
    double odds = p / q;
    double scaledOdds = (n + 1.0) * odds;
    double first = StrictMath.exp(n * StrictMath.log1p(-p));
    while (true) {
      double u = stream.nextUniform();
      double pk = first;
      long k = 0;
      while (u > pk) {
        u -= pk;
        k++;
        pk *= scaledOdds / k - odds;
        if (k > n || pk == 0.0) {
          break; // rounding left some u over the whole mass: start again (probability ~1e-16)
        }
      }
      if (u <= pk && k <= n) {
        return k;
      }
    }
  }

  /** Hörmann's BTRD for {@code p ≤ ½} and mode {@code m ≥ 11}. */
  private static long btrd(RandomStream stream, long n, double p, long m) {
    double q = 1.0 - p;
    double r = p / q;
    double nr = (n + 1.0) * r;
    double npq = n * p * q;
    double sqrtNpq = StrictMath.sqrt(npq);
    double b = 1.15 + 2.53 * sqrtNpq;
    double a = -0.0873 + 0.0248 * b + 0.01 * p;
    double c = n * p + 0.5;
    double alpha = (2.83 + 5.1 / b) * sqrtNpq;
    double vr = 0.92 - 4.2 / b;
    double urvr = 0.86 * vr;
    // Lazily computed log of the ratio f(m) at the mode, for the final acceptance test.
    double h = Double.NaN;

    while (true) {
      double v = stream.nextUniform();
      double u;
      if (v <= urvr) {
        // Step 1: the centre of the hat lies entirely under the distribution: accept at once.
        u = v / vr - 0.43;
        long k = (long) StrictMath.floor((2.0 * a / (0.5 - Math.abs(u)) + b) * u + c);
        if (k >= 0 && k <= n) {
          return k;
        }
        continue;
      }
      // Step 2: a point under the hat outside the centre.
      if (v >= vr) {
        u = stream.nextUniform() - 0.5;
      } else {
        u = v / vr - 0.93;
        u = (u < 0.0 ? -0.5 : 0.5) - u;
        v = stream.nextUniform() * vr;
      }
      // Step 3: transform and compare with the distribution.
      double us = 0.5 - Math.abs(u);
      double kd = StrictMath.floor((2.0 * a / us + b) * u + c);
      if (kd < 0.0 || kd > n) {
        continue;
      }
      long k = (long) kd;
      v = v * alpha / (a / (us * us) + b);
      long km = Math.abs(k - m);
      if (km <= 15) {
        // Step 3.1: f(k)/f(m) by the recurrence, in whichever direction.
        double f = 1.0;
        if (m < k) {
          for (long i = m + 1; i <= k; i++) {
            f *= nr / i - r;
          }
        } else if (m > k) {
          for (long i = k + 1; i <= m; i++) {
            v *= nr / i - r;
          }
        }
        if (v <= f) {
          return k;
        }
        continue;
      }
      // Step 3.2: squeeze on ln f(k)/f(m) using a normal-like bound.
      double lnV = StrictMath.log(v);
      double kmd = km;
      double rho = (kmd / npq) * (((kmd / 3.0 + 0.625) * kmd + 1.0 / 6.0) / npq + 0.5);
      double t = -kmd * kmd / (2.0 * npq);
      if (lnV < t - rho) {
        return k;
      }
      if (lnV > t + rho) {
        continue;
      }
      // Step 3.3: the exact test with Stirling's formula.
      double nm = n - m + 1.0;
      if (Double.isNaN(h)) {
        h =
            (m + 0.5) * StrictMath.log((m + 1.0) / (r * nm))
                + LogFactorial.stirlingRemainder(m)
                + LogFactorial.stirlingRemainder(n - m);
      }
      double nk = n - k + 1.0;
      double bound =
          h
              + (n + 1.0) * StrictMath.log(nm / nk)
              + (k + 0.5) * StrictMath.log(nk * r / (k + 1.0))
              - LogFactorial.stirlingRemainder(k)
              - LogFactorial.stirlingRemainder(n - k);
      if (lnV <= bound) {
        return k;
      }
    }
  }
}
