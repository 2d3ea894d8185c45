package org.anxin.simulator.engine;

import java.util.Arrays;
import java.util.Comparator;
import org.anxin.simulator.random.AliasTable;
import org.anxin.simulator.random.Lognormal;
import org.anxin.simulator.random.Normal;
import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.scenario.Bounds;
import org.anxin.simulator.scenario.DealAttribute;
import org.anxin.simulator.scenario.Dist;

/**
 * A scenario {@link Dist} compiled once per run into something the hot loop can sample without
 * allocating. Every sampler draws from the stream it is given, so where the numbers come from is
 * the caller's choice of coordinates.
 */
abstract class Sampler {

  /** The bounds every value is clamped to (infinite for a sampler inside another). */
  private double min = Double.NEGATIVE_INFINITY;

  private double max = Double.POSITIVE_INFINITY;

  /**
   * One value; {@code deal} supplies attributes for {@code shareOf} distributions. The clamp is
   * here and the distribution's own draw below, so a call costs one virtual dispatch, not two.
   */
  final double sample(RandomStream stream, DealDraws deal) {
    return clamp(draw(stream, deal));
  }

  /**
   * The value at probability {@code u} of the distribution (its quantile function, F⁻¹(u)), for a
   * draw made from a uniform of the caller's: the market loading's copula ({@link MarketLoading}).
   *
   * @throws UnsupportedOperationException for {@code shareOf}, whose value depends on the deal
   */
  final double quantile(double u) {
    return clamp(quantileOf(u));
  }

  /**
   * The value at the latent normal {@code x}: {@code quantile(Φ(x))}, the way {@link MarketLoading}
   * draws a loaded quantity. A discrete distribution compares {@code x} with its steps' normal
   * cut-offs instead, which is the same value without computing Φ.
   */
  final double quantileAtLatent(double x) {
    return clamp(quantileAtLatentOf(x));
  }

  /** The distribution's own draw, before the clamp. */
  abstract double draw(RandomStream stream, DealDraws deal);

  /** The distribution's own quantile, before the clamp. */
  abstract double quantileOf(double u);

  /** The distribution's own value at the latent normal {@code x}, before the clamp. */
  double quantileAtLatentOf(double x) {
    return quantileOf(Normal.cdf(x));
  }

  private double clamp(double value) {
    return clamp(value, min, max);
  }

  /**
   * {@code value} within {@code [min, max]}: the one clamping rule of samplers and day samplers.
   */
  static double clamp(double value, double min, double max) {
    return value < min ? min : Math.min(value, max);
  }

  /**
   * Moves {@code stream} past what {@link #sample} would draw from it, without computing the value:
   * a loaded quantity's own draw, which is replaced by its copula draw but must still take its
   * place in the stream (one number for every sampler but a fixed value).
   */
  void skip(RandomStream stream) {
    stream.skip(1);
  }

  /** The sampler of {@code dist}, every sample clamped to {@code bounds}. */
  static Sampler of(Dist dist, Bounds bounds) {
    Sampler sampler = of(dist);
    sampler.min = bounds.min();
    sampler.max = bounds.max();
    return sampler;
  }

  /** The sampler of an optional distribution clamped to {@code bounds}; absent means always 0. */
  static Sampler ofNullable(Dist dist, Bounds bounds) {
    return dist == null ? new FixedSampler(0) : of(dist, bounds);
  }

  private static Sampler of(Dist dist) {
    if (dist instanceof Dist.Fixed fixed) {
      return new FixedSampler(fixed.value());
    }
    if (dist instanceof Dist.Discrete discrete) {
      return new DiscreteSampler(discrete);
    }
    if (dist instanceof Dist.Uniform uniform) {
      return new UniformSampler(uniform.min(), uniform.max());
    }
    if (dist instanceof Dist.LogNormal logNormal) {
      Lognormal lognormal = Lognormal.ofMedian(logNormal.median(), logNormal.sigma());
      return logNormal.sigma() == 0
          ? new PointLogNormalSampler(lognormal)
          : new LogNormalSampler(lognormal);
    }
    if (dist instanceof Dist.Exponential exponential) {
      return new ExponentialSampler(exponential.mean());
    }
    if (dist instanceof Dist.ShareOf shareOf) {
      return new ShareOfSampler(shareOf.attribute(), of(shareOf.share()));
    }
    throw new IllegalArgumentException("unknown distribution " + dist);
  }

  private static final class FixedSampler extends Sampler {
    private final double value;

    FixedSampler(double value) {
      this.value = value;
    }

    @Override
    double draw(RandomStream stream, DealDraws deal) {
      return value;
    }

    @Override
    double quantileOf(double u) {
      return value;
    }

    @Override
    void skip(RandomStream stream) {
      // A fixed value draws nothing.
    }
  }

  private static final class DiscreteSampler extends Sampler {
    private final double[] values;
    private final AliasTable table;

    /** The values in ascending order and the cumulative probability up to each, for quantiles. */
    private final double[] ascending;

    private final double[] cumulative;

    /** {@code Φ⁻¹} of each cumulative probability but the last: the latent normal's steps. */
    private final double[] latentSteps;

    DiscreteSampler(Dist.Discrete discrete) {
      values = discrete.values().stream().mapToDouble(Double::doubleValue).toArray();
      double[] weights = discrete.weights().stream().mapToDouble(Double::doubleValue).toArray();
      table = AliasTable.of(weights);
      Integer[] order = new Integer[values.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
      double total = 0;
      for (double w : weights) {
        total += w;
      }
      ascending = new double[values.length];
      cumulative = new double[values.length];
      double running = 0;
      for (int k = 0; k < order.length; k++) {
        ascending[k] = values[order[k]];
        running += weights[order[k]];
        cumulative[k] = running / total;
      }
      latentSteps = new double[values.length - 1];
      for (int k = 0; k < latentSteps.length; k++) {
        latentSteps[k] = Normal.inverseCdf(Math.min(1.0, cumulative[k]));
      }
    }

    @Override
    double draw(RandomStream stream, DealDraws deal) {
      return values[table.sample(stream)];
    }

    @Override
    double quantileOf(double u) {
      for (int k = 0; k < ascending.length - 1; k++) {
        if (u <= cumulative[k]) {
          return ascending[k];
        }
      }
      return ascending[ascending.length - 1];
    }

    @Override
    double quantileAtLatentOf(double x) {
      // Φ(x) ≤ cumulative[k] ⟺ x ≤ Φ⁻¹(cumulative[k]).
      for (int k = 0; k < latentSteps.length; k++) {
        if (x <= latentSteps[k]) {
          return ascending[k];
        }
      }
      return ascending[ascending.length - 1];
    }
  }

  private static final class UniformSampler extends Sampler {
    private final double min;
    private final double width;

    UniformSampler(double min, double max) {
      this.min = min;
      this.width = max - min;
    }

    @Override
    double draw(RandomStream stream, DealDraws deal) {
      return min + width * stream.nextUniform();
    }

    @Override
    double quantileOf(double u) {
      return min + width * u;
    }
  }

  private static final class LogNormalSampler extends Sampler {
    private final Lognormal lognormal;

    LogNormalSampler(Lognormal lognormal) {
      this.lognormal = lognormal;
    }

    @Override
    double draw(RandomStream stream, DealDraws deal) {
      return lognormal.sample(stream);
    }

    @Override
    double quantileOf(double u) {
      return lognormal.quantile(u);
    }
  }

  /**
   * A lognormal of σ = 0: e^μ at every probability, as {@code StrictMath} gives it, one number of
   * the stream a draw like any lognormal. {@code DeterministicMath.exp} may differ from it in the
   * last bit, and a median of 7 days whose e^(ln 7) falls a bit below 7 would be floored to 6.
   */
  private static final class PointLogNormalSampler extends Sampler {
    private final Lognormal lognormal;
    private final double value;

    PointLogNormalSampler(Lognormal lognormal) {
      this.lognormal = lognormal;
      this.value = StrictMath.exp(lognormal.mu());
    }

    @Override
    double draw(RandomStream stream, DealDraws deal) {
      stream.skip(1);
      return value;
    }

    @Override
    double quantileOf(double u) {
      // At 0 and 1 the general formula's 0·(∓∞) is NaN: kept as it was.
      return u > 0 && u < 1 ? value : lognormal.quantile(u);
    }
  }

  private static final class ExponentialSampler extends Sampler {
    private final double mean;

    ExponentialSampler(double mean) {
      this.mean = mean;
    }

    @Override
    double draw(RandomStream stream, DealDraws deal) {
      return quantileOf(stream.nextUniform());
    }

    @Override
    double quantileOf(double u) {
      // The stream's uniforms lie strictly inside (0, 1): the logarithm is finite.
      return -mean * StrictMath.log1p(-u);
    }
  }

  private static final class ShareOfSampler extends Sampler {
    private final DealAttribute attribute;
    private final Sampler share;

    ShareOfSampler(DealAttribute attribute, Sampler share) {
      this.attribute = attribute;
      this.share = share;
    }

    @Override
    double draw(RandomStream stream, DealDraws deal) {
      // Attributes are in fen; a severity is in yuan like every other scenario amount.
      return deal.attributeFen(attribute) / 100.0 * share.sample(stream, deal);
    }

    @Override
    double quantileOf(double u) {
      throw new UnsupportedOperationException("shareOf has no quantile without its deal");
    }

    @Override
    void skip(RandomStream stream) {
      share.skip(stream);
    }
  }
}
