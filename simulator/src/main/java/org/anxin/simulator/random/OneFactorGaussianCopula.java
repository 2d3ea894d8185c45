package org.anxin.simulator.random;

/**
 * The one-factor Gaussian copula (Vasicek) for a risk of yearly probability {@code p} and factor
 * loading {@code ρ}: a deal is struck when {@code √ρ·Z + √(1−ρ)·ε ≤ Φ⁻¹(p)}, with Z the trial's
 * market factor shared by every deal and ε the deal's own noise. Given Z, deals are independent
 * with probability
 *
 * <pre>p(Z) = Φ((Φ⁻¹(p) − √ρ·Z) / √(1−ρ))</pre>
 *
 * whose average over Z is {@code p}: bad years (low Z) are bad for every deal at once, while the
 * yearly incidence stays {@code p}. With ρ = 0 it is exactly {@code p}; with ρ = 1 every deal
 * shares one fate ({@code p(Z)} is 1 when {@code Z < Φ⁻¹(p)}, else 0). The engine draws Z once per
 * trial ({@link Normal#sample(RandomStream)} on the trial's stream), computes {@code p(Z)} once per
 * risk, and thins the book with {@link GeometricSkip} at that probability.
 */
public final class OneFactorGaussianCopula {

  private final double probability;
  private final double rho;
  private final double threshold;
  private final double loading;
  private final double residualScale;

  private OneFactorGaussianCopula(double probability, double rho) {
    this.probability = probability;
    this.rho = rho;
    this.threshold = Normal.inverseCdf(probability);
    this.loading = StrictMath.sqrt(rho);
    this.residualScale = StrictMath.sqrt(1.0 - rho);
  }

  /**
   * The copula of a risk with unconditional probability {@code p} and correlation {@code rho}.
   *
   * @throws IllegalArgumentException when {@code p} or {@code rho} is outside [0, 1] or NaN
   */
  public static OneFactorGaussianCopula of(double p, double rho) {
    requireUnit("probability", p);
    requireUnit("rho", rho);
    return new OneFactorGaussianCopula(p, rho);
  }

  /** The unconditional probability {@code p}. */
  public double probability() {
    return probability;
  }

  /** The factor loading {@code ρ}. */
  public double rho() {
    return rho;
  }

  /** {@code p(Z)}, the probability that one deal is struck in a year whose factor is {@code z}. */
  public double conditionalProbability(double z) {
    if (probability == 0.0 || probability == 1.0 || rho == 0.0) {
      return probability;
    }
    if (rho == 1.0) {
      return z < threshold ? 1.0 : 0.0;
    }
    return Normal.cdf((threshold - loading * z) / residualScale);
  }

  /**
   * {@code p(Z)} for one-off use; prefer an instance from {@link #of(double, double)} in loops, as
   * it computes {@code Φ⁻¹(p)} and the square roots once.
   */
  public static double conditionalProbability(double p, double rho, double z) {
    return of(p, rho).conditionalProbability(z);
  }

  static void requireUnit(String name, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
    }
  }
}
