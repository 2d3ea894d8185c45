package org.anxin.simulator.engine;

import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.random.Ziggurat;

/**
 * A draw that the trial's market factor Z moves, by a one-factor Gaussian copula with the
 * quantity's loading λ as its correlation with the bad year: the quantity's latent normal is
 *
 * <pre>X = ∓λ·Z + √(1 − λ²)·ε,   ε ~ N(0, 1) its own,</pre>
 *
 * (− for what grows in a bad year, + for what shrinks; a bad year is a low Z, see {@code
 * OneFactorGaussianCopula}) and the value is the quantity's own distribution at Φ(X). X is standard
 * normal whatever λ, so the quantity keeps its distribution over all years exactly (its mean, its
 * spread) and only its co-movement with the year changes. λ = 0 is not computed through here: the
 * engine then takes the quantity's draw as it always has, so the bytes stay those of the engine
 * before loadings.
 */
final class MarketLoading {

  private MarketLoading() {}

  /**
   * The value of {@code sampler} moved by the factor {@code z} with {@code loading} in (0, 1],
   * larger in a bad year when {@code growsInBadYears}, smaller otherwise; {@code latent} is the
   * quantity's own stream.
   */
  static double draw(
      Sampler sampler, double loading, double z, boolean growsInBadYears, RandomStream latent) {
    return sampler.quantileAtLatent(latent(loading, z, growsInBadYears, latent));
  }

  /**
   * The quantity's latent normal X for the factor {@code z}: what {@link #draw} takes the
   * distribution's value at {@code Φ(X)} of, for a sampler that compares X with cut-offs of its own
   * ({@link DaySampler#daysAtLatent}).
   */
  static double latent(double loading, double z, boolean growsInBadYears, RandomStream latent) {
    double own = Ziggurat.normal(latent);
    double year = growsInBadYears ? -z : z;
    return loading * year + StrictMath.sqrt(1 - loading * loading) * own;
  }
}
