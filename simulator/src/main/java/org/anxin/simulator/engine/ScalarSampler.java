package org.anxin.simulator.engine;

import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.scenario.Bounds;
import org.anxin.simulator.scenario.Dist;

/**
 * A scenario distribution of a plain quantity (a duration, a share), compiled once for code outside
 * the engine, such as the staffing simulation's handling times: the engine's own samplers, so that
 * a distribution means the same draws wherever a scenario uses it. Allocation-free per draw.
 */
public final class ScalarSampler {

  private final Sampler sampler;

  /** A fixed value draws nothing in the engine; here it skips a draw, so positions stay fixed. */
  private final boolean fixed;

  private ScalarSampler(Sampler sampler, boolean fixed) {
    this.sampler = sampler;
    this.fixed = fixed;
  }

  /**
   * The sampler of {@code dist}, every sample clamped to {@code bounds}.
   *
   * @throws IllegalArgumentException for {@code shareOf}, which needs a deal
   */
  public static ScalarSampler of(Dist dist, Bounds bounds) {
    if (dist instanceof Dist.ShareOf) {
      throw new IllegalArgumentException("shareOf needs a deal");
    }
    return new ScalarSampler(Sampler.of(dist, bounds), dist instanceof Dist.Fixed);
  }

  /** One value from {@code stream}, which advances by one draw whatever the kind. */
  public double sample(RandomStream stream) {
    if (fixed) {
      stream.nextLong();
    }
    return sampler.sample(stream, null);
  }

  /** The value at probability {@code u}. */
  public double quantile(double u) {
    return sampler.quantile(u);
  }
}
