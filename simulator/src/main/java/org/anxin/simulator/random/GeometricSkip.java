package org.anxin.simulator.random;

/**
 * Bernoulli thinning by geometric skips: to find which of a book's deals a risk of probability
 * {@code p} strikes, draw the gap to the next struck deal instead of flipping a coin per deal. The
 * number of unstruck deals before the next struck one is geometric, {@code P(skip ≥ k) = (1−p)^k},
 * and {@code floor(E / λ)}, E a standard exponential and {@code λ = −ln(1−p)}, has exactly that law
 * (since {@code P(E ≥ kλ) = e^(−kλ) = (1−p)^k}). So the struck deals have the same joint law as
 * independent Bernoulli(p) trials per deal, while the cost is one exponential (a {@linkplain
 * Ziggurat#exponential ziggurat} draw, one position of the stream) and one division per struck deal
 * rather than one draw per deal. (Until the ziggurat, E was {@code −ln U}: the same law, a
 * logarithm per struck deal.)
 *
 * <p>The typical loop, on the stream {@code (STRIKES, trial, risk)}:
 *
 * <pre>{@code
 * double logMiss = GeometricSkip.logMiss(p);
 * for (long deal = GeometricSkip.skip(stream, logMiss); deal < deals;
 *     deal = GeometricSkip.next(stream, logMiss, deal)) {
 *   // the risk strikes this deal
 * }
 * }</pre>
 *
 * Edge cases: {@code p = 0} never strikes ({@link #NEVER}); {@code p = 1} strikes every deal (every
 * skip is 0, without consuming random numbers); tiny {@code p} is accurate because {@code ln(1−p)}
 * is computed as {@code log1p(−p)}; a gap beyond {@code Long.MAX_VALUE} is {@link #NEVER}.
 */
public final class GeometricSkip {

  /** The skip (and index) meaning "no further success". */
  public static final long NEVER = Long.MAX_VALUE;

  private GeometricSkip() {}

  /**
   * {@code ln(1 − p)}, the parameter of {@link #skip(RandomStream, double)}: 0 for {@code p = 0},
   * −∞ for {@code p = 1}.
   *
   * @throws IllegalArgumentException when {@code p} is outside [0, 1] or NaN
   */
  public static double logMiss(double p) {
    OneFactorGaussianCopula.requireUnit("probability", p);
    return StrictMath.log1p(-p);
  }

  /**
   * The number of failures before the next success of independent Bernoulli trials whose failure
   * probability has logarithm {@code logMiss} (from {@link #logMiss(double)}); {@link #NEVER} when
   * there is none. Takes one position of the stream unless {@code p} is 0 or 1.
   */
  public static long skip(RandomStream stream, double logMiss) {
    if (logMiss == 0.0) {
      return NEVER;
    }
    if (logMiss == Double.NEGATIVE_INFINITY) {
      return 0L;
    }
    double gap = Ziggurat.exponential(stream) / -logMiss;
    // gap >= 0; the cast truncates, which is floor for non-negative values.
    return gap < 0x1p63 ? (long) gap : NEVER;
  }

  /**
   * The index of the next success after the one at {@code previous}: {@code previous + 1 + skip},
   * or {@link #NEVER} when it would pass {@code Long.MAX_VALUE}.
   */
  public static long next(RandomStream stream, double logMiss, long previous) {
    long skip = skip(stream, logMiss);
    if (previous == NEVER || skip >= NEVER - 1 - previous) {
      return NEVER;
    }
    return previous + 1 + skip;
  }
}
