package org.anxin.simulator.random;

/**
 * A lognormal distribution: {@code X = exp(μ + σ·N)} with N standard normal, sampled from a
 * {@linkplain Ziggurat#normal ziggurat} normal (one position of the stream per value); {@link
 * #quantile} is its inversion, for the copula's draws. Parameterised by the mean {@code μ} and
 * standard deviation {@code σ} of {@code ln X}; the factories also accept the median ({@code e^μ})
 * or the arithmetic mean and standard deviation of X, which is how severities are usually quoted.
 *
 * @param mu the mean of {@code ln X}
 * @param sigma the standard deviation of {@code ln X}, at least 0
 */
public record Lognormal(double mu, double sigma) {

  /**
   * @throws IllegalArgumentException when {@code mu} is not finite or {@code sigma} is negative or
   *     not finite
   */
  public Lognormal {
    if (!Double.isFinite(mu)) {
      throw new IllegalArgumentException("mu must be finite: " + mu);
    }
    if (!(sigma >= 0.0 && Double.isFinite(sigma))) {
      throw new IllegalArgumentException("sigma must be finite and >= 0: " + sigma);
    }
  }

  /** The lognormal whose logarithm has mean {@code mu} and standard deviation {@code sigma}. */
  public static Lognormal ofLog(double mu, double sigma) {
    return new Lognormal(mu, sigma);
  }

  /**
   * The lognormal with the given median (half the values fall below it) and log-scale {@code
   * sigma}: {@code μ = ln(median)}.
   *
   * @throws IllegalArgumentException when {@code median} is not positive and finite
   */
  public static Lognormal ofMedian(double median, double sigma) {
    requirePositive("median", median);
    return new Lognormal(StrictMath.log(median), sigma);
  }

  /**
   * The lognormal with the given arithmetic mean and standard deviation of X: {@code σ² = ln(1 +
   * sd²/mean²)}, {@code μ = ln(mean) − σ²/2}.
   *
   * @throws IllegalArgumentException when {@code mean} is not positive or {@code sd} is negative
   */
  public static Lognormal ofMean(double mean, double sd) {
    requirePositive("mean", mean);
    if (!(sd >= 0.0 && Double.isFinite(sd))) {
      throw new IllegalArgumentException("sd must be finite and >= 0: " + sd);
    }
    double ratio = sd / mean;
    double variance = StrictMath.log1p(ratio * ratio);
    return new Lognormal(StrictMath.log(mean) - 0.5 * variance, StrictMath.sqrt(variance));
  }

  /**
   * One value, {@code e^(μ + σ·Z)} with Z a {@linkplain Ziggurat#normal ziggurat} normal from one
   * position of the stream: the same law as {@link #quantile} of a uniform, without Φ⁻¹.
   */
  public double sample(RandomStream stream) {
    return atNormal(Ziggurat.normal(stream));
  }

  /** The value at standard normal {@code z}: {@code e^(μ + σz)}. */
  private double atNormal(double z) {
    return DeterministicMath.exp(mu + sigma * z);
  }

  /** The {@code p}-quantile {@code exp(μ + σ·Φ⁻¹(p))}. */
  public double quantile(double p) {
    return atNormal(Normal.inverseCdf(p));
  }

  /** The median {@code e^μ}. */
  public double median() {
    return StrictMath.exp(mu);
  }

  /** The mean {@code exp(μ + σ²/2)}. */
  public double mean() {
    return StrictMath.exp(mu + 0.5 * sigma * sigma);
  }

  /** The variance {@code (e^{σ²} − 1)·e^{2μ + σ²}}. */
  public double variance() {
    double s2 = sigma * sigma;
    return StrictMath.expm1(s2) * StrictMath.exp(2.0 * mu + s2);
  }

  private static void requirePositive(String name, double value) {
    if (!(value > 0.0 && Double.isFinite(value))) {
      throw new IllegalArgumentException(name + " must be positive and finite: " + value);
    }
  }
}
