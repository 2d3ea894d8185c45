package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.anxin.simulator.random.Normal;
import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.random.StreamKind;
import org.anxin.simulator.scenario.Bounds;
import org.anxin.simulator.scenario.Dist;
import org.junit.jupiter.api.Test;

/**
 * The market loading's copula: a loaded quantity keeps its own distribution over all years, moves
 * with the year one way only, and at λ = 1 is the year's alone.
 */
class MarketLoadingPropertiesTest {

  private static final Sampler DISCOUNT = Sampler.of(new Dist.Uniform(0.10, 0.30), Bounds.SHARE);

  private static RandomStream latent(long seed, long deal) {
    return RandomStream.at(seed, StreamKind.DEAL, 1, deal);
  }

  @Test
  void forTheSameOwnDrawABadderYearNeverGivesLess() {
    qt().forAll(
            longs().all(),
            doubles().between(0.01, 1.0),
            doubles().between(-4, 4),
            doubles().between(0, 3))
        .checkAssert(
            (seed, loading, z, worse) -> {
              double mild = MarketLoading.draw(DISCOUNT, loading, z, true, latent(seed, 0));
              double bad = MarketLoading.draw(DISCOUNT, loading, z - worse, true, latent(seed, 0));
              assertTrue(bad >= mild, mild + " in Z " + z + ", " + bad + " in a worse year");
              double share = MarketLoading.draw(DISCOUNT, loading, z, false, latent(seed, 0));
              double badShare =
                  MarketLoading.draw(DISCOUNT, loading, z - worse, false, latent(seed, 0));
              assertTrue(badShare <= share, share + " then " + badShare);
            });
  }

  @Test
  void atFullLoadingTheYearAloneDecides() {
    qt().forAll(longs().all(), longs().all(), doubles().between(-4, 4))
        .checkAssert(
            (seed, other, z) -> {
              double expected = 0.10 + 0.20 * Normal.cdf(-z);
              assertEquals(
                  expected, MarketLoading.draw(DISCOUNT, 1.0, z, true, latent(seed, 0)), 1e-12);
              assertEquals(
                  expected, MarketLoading.draw(DISCOUNT, 1.0, z, true, latent(other, 3)), 1e-12);
            });
  }

  /**
   * Over years Z ~ N(0, 1), the loaded draw has the quantity's own distribution: the
   * Kolmogorov–Smirnov distance of 20,000 draws from uniform(0.10, 0.30) stays below its 0.1 %
   * critical value, 1.95/√n.
   */
  @Test
  void overAllYearsTheQuantityKeepsItsOwnDistribution() {
    qt().withExamples(6)
        .forAll(longs().all(), doubles().between(0.05, 1.0))
        .checkAssert(
            (seed, loading) -> {
              int n = 20_000;
              RandomStream years = RandomStream.at(seed, StreamKind.TRIAL, 0, 0);
              double[] u = new double[n];
              for (int i = 0; i < n; i++) {
                double z = Normal.sample(years);
                double value = MarketLoading.draw(DISCOUNT, loading, z, true, latent(seed, i));
                u[i] = (value - 0.10) / 0.20;
              }
              Arrays.sort(u);
              double distance = 0;
              for (int i = 0; i < n; i++) {
                distance =
                    Math.max(distance, Math.max((i + 1.0) / n - u[i], u[i] - (double) i / n));
              }
              assertTrue(distance < 1.95 / Math.sqrt(n), "KS distance " + distance);
            });
  }
}
