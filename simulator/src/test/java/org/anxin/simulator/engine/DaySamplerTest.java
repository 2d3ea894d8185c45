package org.anxin.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.anxin.simulator.random.GoodnessOfFit;
import org.anxin.simulator.random.Normal;
import org.anxin.simulator.random.RandomStream;
import org.anxin.simulator.random.StreamKind;
import org.anxin.simulator.scenario.Bounds;
import org.anxin.simulator.scenario.Dist;
import org.junit.jupiter.api.Test;

/**
 * Whole days by cut-offs against the naive computation they replace, {@code ⌊clamp(F⁻¹(u))⌋} and
 * {@code ⌊clamp(F⁻¹(Φ(x)))⌋}: the same days wherever the naive value is not within rounding of a
 * whole day, the same stream positions, and the lognormal's law of whole days.
 */
class DaySamplerTest {

  /** Within this relative distance of a whole day the naive value's rounding may decide. */
  private static final double ROUNDING = 1e-12;

  private static boolean nearAWholeDay(double value) {
    double nearest = Math.rint(value);
    return nearest > 0 && Math.abs(value - nearest) <= ROUNDING * nearest;
  }

  @Test
  void lognormalDaysAreTheFlooredQuantileOfTheSameUniform() {
    qt().withExamples(300)
        .forAll(doubles().between(0.01, 5000), doubles().between(0.05, 3.0), longs().all())
        .checkAssert(
            (median, sigma, seed) -> {
              Dist dist = new Dist.LogNormal(median, sigma);
              DaySampler days = DaySampler.of(dist, Bounds.DAYS);
              Sampler naive = Sampler.of(dist, Bounds.DAYS);
              RandomStream fast = RandomStream.at(seed, StreamKind.DEAL, 3, 4);
              RandomStream slow = RandomStream.at(seed, StreamKind.DEAL, 3, 4);
              for (int i = 0; i < 200; i++) {
                int drawn = days.days(fast, null);
                // F⁻¹ of the same uniform: the sampler's own draw is a ziggurat normal's.
                double value = naive.quantile(slow.nextUniform());
                if (!nearAWholeDay(value)) {
                  assertEquals((int) Math.floor(value), drawn, "at " + value);
                }
              }
              assertEquals(slow.nextLong(), fast.nextLong(), "one number a draw");
            });
  }

  /**
   * Up to x = 3: above it Φ(x) is within 10⁻³ of 1, where the double's absolute spacing (10⁻¹⁶)
   * makes the naive round trip Φ⁻¹(Φ(x)) lose more than the rounding tolerance, and the cut-off's
   * answer, not the naive one, is the right one (the law test below checks the cap beyond).
   */
  @Test
  void lognormalDaysAtALatentNormalAreTheFlooredQuantileOfItsProbability() {
    qt().withExamples(300)
        .forAll(
            doubles().between(0.01, 5000), doubles().between(0.05, 3.0), doubles().between(-9, 3))
        .checkAssert(
            (median, sigma, x) -> {
              Dist dist = new Dist.LogNormal(median, sigma);
              double value = Sampler.of(dist, Bounds.DAYS).quantile(Normal.cdf(x));
              if (!nearAWholeDay(value)) {
                assertEquals(
                    (int) Math.floor(value), DaySampler.of(dist, Bounds.DAYS).daysAtLatent(x));
              }
            });
  }

  @Test
  void otherDistributionsAreFlooredAsBefore() {
    Dist[] dists = {
      new Dist.Uniform(7, 35),
      new Dist.Discrete(List.of(365.0, 730.0), List.of(0.8, 0.2)),
      new Dist.Exponential(40),
      new Dist.Fixed(12.5)
    };
    qt().withExamples(200)
        .forAll(integers().between(0, dists.length - 1), longs().all(), doubles().between(-6, 6))
        .checkAssert(
            (k, seed, x) -> {
              DaySampler days = DaySampler.of(dists[k], Bounds.DAYS);
              Sampler naive = Sampler.of(dists[k], Bounds.DAYS);
              RandomStream fast = RandomStream.at(seed, StreamKind.DEAL, 1, 2);
              RandomStream slow = RandomStream.at(seed, StreamKind.DEAL, 1, 2);
              assertEquals((int) Math.floor(naive.sample(slow, null)), days.days(fast, null));
              assertEquals((int) Math.floor(naive.quantile(Normal.cdf(x))), days.daysAtLatent(x));
              RandomStream skipped = RandomStream.at(seed, StreamKind.DEAL, 1, 2);
              days.skip(skipped);
              assertEquals(fast.nextLong(), skipped.nextLong(), "skip moves as a draw does");
            });
  }

  /**
   * A uniform duration is computed inline ({@code UniformDays}), not through its sampler: the same
   * days as the floored, clamped uniform sampler, also where the bounds cut the distribution off.
   */
  @Test
  void uniformDaysAreTheFlooredClampedUniformSampler() {
    qt().withExamples(300)
        .forAll(
            doubles().between(-50, 400),
            doubles().between(0, 400),
            doubles().between(0, 100),
            longs().all())
        .checkAssert(
            (min, width, cut, seed) -> {
              Dist uniform = new Dist.Uniform(min, min + width);
              Bounds bounds = new Bounds(Math.max(0, min + cut), min + width - cut / 2 + 1);
              DaySampler days = DaySampler.of(uniform, bounds);
              Sampler naive = Sampler.of(uniform, bounds);
              RandomStream fast = RandomStream.at(seed, StreamKind.DEAL, 3, 4);
              RandomStream slow = RandomStream.at(seed, StreamKind.DEAL, 3, 4);
              for (int draw = 0; draw < 4; draw++) {
                assertEquals(
                    (int) StrictMath.floor(naive.sample(slow, null)), days.days(fast, null));
              }
              for (double x : new double[] {-4, -1.3, 0, 0.6, 2.2, 5}) {
                assertEquals(
                    (int) StrictMath.floor(naive.quantile(Normal.cdf(x))), days.daysAtLatent(x));
              }
            });
  }

  /**
   * σ = 0 is the median at every draw, e^μ as {@code StrictMath} gives it (as before {@code
   * DeterministicMath}): a median of 7 days is 7 days, where {@code DeterministicMath.exp(ln 7)} is
   * a bit below 7 and floored to 6; one number of the stream a draw, as any lognormal.
   */
  @Test
  void aLognormalWithoutSpreadIsItsMedianInWholeDays() {
    for (int median : new int[] {5, 7, 37, 208, 599, 1, 90}) {
      Dist dist = new Dist.LogNormal(median, 0);
      DaySampler days = DaySampler.of(dist, Bounds.DAYS);
      RandomStream stream = RandomStream.at(3, StreamKind.DEAL, 1, 2);
      RandomStream counted = RandomStream.at(3, StreamKind.DEAL, 1, 2);
      for (int i = 0; i < 20; i++) {
        assertEquals(median, days.days(stream, null), "median " + median);
        counted.nextUniform();
      }
      assertEquals(counted.nextLong(), stream.nextLong(), "one number a draw");
      assertEquals(median, days.daysAtLatent(1.5), "median " + median);
      assertEquals(median, days.daysAtLatent(-2.0), "median " + median);
      Sampler amount = Sampler.of(dist, Bounds.AMOUNT);
      assertEquals(
          StrictMath.exp(StrictMath.log(median)),
          amount.sample(RandomStream.at(4, StreamKind.DEAL, 0, 0), null));
      assertEquals(StrictMath.exp(StrictMath.log(median)), amount.quantile(0.3));
    }
  }

  @Test
  void anAbsentDurationIsNoDays() {
    DaySampler none = DaySampler.of(null, Bounds.DAYS);
    RandomStream stream = RandomStream.at(1, StreamKind.DEAL, 0, 0);
    RandomStream untouched = RandomStream.at(1, StreamKind.DEAL, 0, 0);
    assertEquals(0, none.days(stream, null));
    assertEquals(0, none.daysAtLatent(2.0));
    none.skip(stream);
    assertEquals(untouched.nextLong(), stream.nextLong(), "a fixed value draws nothing");
  }

  /**
   * The law of whole days of a claims-like lognormal (median 1 day, σ 1.5): the counts of 0 to 29
   * days and of 30 or more in 200,000 draws fit {@code P(d ≤ X < d + 1)}, and the cap at 3,650 days
   * takes the tail beyond it.
   */
  @Test
  void lognormalDaysHaveTheLawOfTheFlooredLognormal() {
    double mu = 0.0;
    double sigma = 1.5;
    DaySampler days = DaySampler.of(new Dist.LogNormal(Math.exp(mu), sigma), Bounds.DAYS);
    int n = 200_000;
    long[] observed = new long[31];
    RandomStream stream = RandomStream.at(20250101L, StreamKind.DEAL, 0, 0);
    for (int i = 0; i < n; i++) {
      int d = days.days(stream, null);
      assertTrue(d >= 0 && d <= 3650, "within the bounds: " + d);
      observed[Math.min(d, 30)]++;
    }
    double[] expected = new double[31];
    for (int d = 0; d < 30; d++) {
      double below = d == 0 ? 0 : Normal.cdf((Math.log(d) - mu) / sigma);
      expected[d] = n * (Normal.cdf((Math.log(d + 1) - mu) / sigma) - below);
    }
    expected[30] = n * (1 - Normal.cdf((Math.log(30) - mu) / sigma));
    GoodnessOfFit.assertChiSquareFits("whole days", observed, expected);
    DaySampler capped = DaySampler.of(new Dist.LogNormal(3000, 2.0), Bounds.DAYS);
    assertEquals(3650, capped.daysAtLatent(8.0), "beyond the cap: its last day");
    assertEquals(0, capped.daysAtLatent(-9.0));
  }

  @Test
  void cutoffsCountLikeALinearScan() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 5000))
        .checkAssert(
            (seed, size) -> {
              SplittableRandom random = new SplittableRandom(seed);
              double[] cuts = new double[size];
              for (int i = 0; i < size; i++) {
                cuts[i] =
                    random.nextDouble() < 0.1
                        ? Math.floor(random.nextDouble(-3, 3))
                        : random.nextGaussian() * 2;
              }
              Arrays.sort(cuts);
              Cutoffs cutoffs = new Cutoffs(cuts, -4, 4);
              double[] ends = {
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -4, 4, Math.nextDown(4.0)
              };
              for (int q = 0; q < 200 + ends.length; q++) {
                // A cut-off itself and its neighbours: where a bucket's rounding would show.
                double v =
                    q >= 200
                        ? ends[q - 200]
                        : q % 5 == 0 && size > 0
                            ? cuts[random.nextInt(size)]
                            : q % 5 == 1 && size > 0
                                ? Math.nextDown(cuts[random.nextInt(size)])
                                : q % 5 == 2 && size > 0
                                    ? Math.nextUp(cuts[random.nextInt(size)])
                                    : random.nextDouble(-10, 10);
                int naive = 0;
                while (naive < size && cuts[naive] <= v) {
                  naive++;
                }
                assertEquals(naive, cutoffs.countAtOrBelow(v), "at " + v);
              }
            });
  }

  @Test
  void aDiscreteLatentQuantileIsItsQuantileOfTheProbability() {
    Sampler share =
        Sampler.of(
            new Dist.Discrete(List.of(1.0, 0.5, 0.0), List.of(0.75, 0.15, 0.10)), Bounds.SHARE);
    qt().withExamples(2_000)
        .forAll(doubles().between(-9, 9))
        .checkAssert(x -> assertEquals(share.quantile(Normal.cdf(x)), share.quantileAtLatent(x)));
  }
}
