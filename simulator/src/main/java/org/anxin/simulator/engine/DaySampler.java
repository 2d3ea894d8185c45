package org.anxin.simulator.engine;

import org.anxin.simulator.random.Lognormal;
import org.anxin.simulator.random.Normal;
import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.scenario.Bounds;
import org.anxin.simulator.scenario.Dist;

/**
 * A whole number of days: the floor of a duration distribution clamped to its bounds, the way every
 * delay, stage and holding period of the model is counted. A lognormal duration is not sampled
 * through its quantile function ({@code exp} of an inverse normal CDF, for some sixty million
 * claims a run) but compared with its cut-offs: {@code ⌊X⌋ ≥ d} exactly when {@code X ≥ d}, that is
 * when the uniform is at least {@code F(d)}, or the latent normal at least {@code (ln d − μ)/σ};
 * both tables are computed once per run. This is inversion of the same law, so the days have
 * exactly the distribution they had; they differ from {@code ⌊exp(μ + σ·Φ⁻¹(u))⌋} only where that
 * rounded expression and the rounded cut-off fall on different sides of a whole day, about once in
 * 10¹⁵ draws. A uniform duration (the stages of a deal) is computed inline, the same arithmetic as
 * its {@link Sampler} and the same bits ({@code UniformDays}); other distributions are floored as
 * before ({@code Floored}). Flooring is exact, so {@link Math#floor} (one instruction in HotSpot)
 * gives the bits of {@link StrictMath#floor}.
 */
abstract class DaySampler {

  /** The days of one draw from {@code stream} ({@code deal} for {@code shareOf} distributions). */
  abstract int days(RandomStream stream, DealDraws deal);

  /**
   * The days at latent normal {@code x}: the distribution's value at {@code Φ(x)}, floored, as
   * {@link MarketLoading} draws a loaded quantity.
   */
  abstract int daysAtLatent(double x);

  /** Moves {@code stream} past what {@link #days} would draw, without computing it. */
  abstract void skip(RandomStream stream);

  /** The day sampler of {@code dist} clamped to {@code bounds}; absent means always 0 days. */
  static DaySampler of(Dist dist, Bounds bounds) {
    if (dist instanceof Dist.LogNormal lognormal
        && lognormal.sigma() > 0
        && bounds.max() - bounds.min() <= Bounds.DAYS.max()) {
      return new LognormalDays(Lognormal.ofMedian(lognormal.median(), lognormal.sigma()), bounds);
    }
    if (dist instanceof Dist.Uniform uniform) {
      return new UniformDays(uniform, bounds);
    }
    return new Floored(Sampler.ofNullable(dist, bounds));
  }

  /** Any distribution: its sample, floored. */
  private static final class Floored extends DaySampler {
    private final Sampler sampler;

    Floored(Sampler sampler) {
      this.sampler = sampler;
    }

    @Override
    int days(RandomStream stream, DealDraws deal) {
      return (int) Math.floor(sampler.sample(stream, deal));
    }

    @Override
    int daysAtLatent(double x) {
      return (int) Math.floor(sampler.quantile(Normal.cdf(x)));
    }

    @Override
    void skip(RandomStream stream) {
      sampler.skip(stream);
    }
  }

  /**
   * A uniform duration, without a sampler's virtual call: {@code min + width·u} clamped to the
   * bounds and floored, as {@code Floored} over the uniform {@link Sampler} computes it.
   */
  private static final class UniformDays extends DaySampler {
    private final double min;
    private final double width;
    private final double lowest;
    private final double highest;

    UniformDays(Dist.Uniform uniform, Bounds bounds) {
      min = uniform.min();
      width = uniform.max() - uniform.min();
      lowest = bounds.min();
      highest = bounds.max();
    }

    @Override
    int days(RandomStream stream, DealDraws deal) {
      return floorWithin(min + width * stream.nextUniform());
    }

    @Override
    int daysAtLatent(double x) {
      return floorWithin(min + width * Normal.cdf(x));
    }

    private int floorWithin(double value) {
      return (int) Math.floor(Sampler.clamp(value, lowest, highest));
    }

    @Override
    void skip(RandomStream stream) {
      stream.skip(1);
    }
  }

  /** A lognormal duration, by its cut-offs in the uniform and in the latent normal. */
  private static final class LognormalDays extends DaySampler {

    /** The floor of the lower bound: no draw has fewer days. */
    private final int fewest;

    /** For {@code d = fewest + 1 + i}: {@code P(X < d)}, the uniform's cut-off. */
    private final Cutoffs uniform;

    /** For {@code d = fewest + 1 + i}: {@code (ln d − μ)/σ}, the latent normal's cut-off. */
    private final Cutoffs latent;

    LognormalDays(Lognormal lognormal, Bounds bounds) {
      fewest = (int) StrictMath.floor(bounds.min());
      int most = (int) StrictMath.floor(bounds.max());
      int count = Math.max(0, most - fewest);
      double[] probabilities = new double[count];
      double[] normals = new double[count];
      for (int i = 0; i < count; i++) {
        int day = fewest + 1 + i;
        // ⌊clamp(X)⌋ ≥ day ⟺ X ≥ day for the days strictly inside the bounds; a day at or below
        // 0 is reached by every draw (−∞ in the latent normal).
        double z =
            day <= 0
                ? Double.NEGATIVE_INFINITY
                : (StrictMath.log(day) - lognormal.mu()) / lognormal.sigma();
        normals[i] = z;
        probabilities[i] = Normal.cdf(z);
      }
      uniform = new Cutoffs(probabilities, 0.0, 1.0);
      double low = count == 0 ? -1 : Math.max(-40, normals[0]);
      double high = count == 0 ? 1 : Math.min(40, normals[count - 1]);
      latent = new Cutoffs(normals, low, Math.max(Math.nextUp(high), low + 1e-9));
    }

    @Override
    int days(RandomStream stream, DealDraws deal) {
      // P(u ≥ P(X < d)) = P(X ≥ d): the same law as ⌊X⌋, one uniform as before.
      return fewest + uniform.countAtOrBelow(stream.nextUniform());
    }

    @Override
    int daysAtLatent(double x) {
      return fewest + latent.countAtOrBelow(x);
    }

    @Override
    void skip(RandomStream stream) {
      stream.skip(1);
    }
  }
}
