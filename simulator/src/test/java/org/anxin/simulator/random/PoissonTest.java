package org.anxin.simulator.random;

import static org.anxin.simulator.random.GoodnessOfFit.assertWithinStandardErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class PoissonTest {

  private static long[] sample(int draws, double mean, long address) {
    RandomStream s = RandomStream.at(37L, StreamKind.COUNT, address, 1);
    long[] out = new long[draws];
    for (int i = 0; i < draws; i++) {
      out[i] = Poisson.sample(s, mean);
    }
    return out;
  }

  @Test
  void fitsTheExactLawOnBothSidesOfTheSwitch() {
    double[] means = {0.05, 0.5, 3.0, 9.99, 10.0, 25.0, 400.0};
    for (int i = 0; i < means.length; i++) {
      double mean = means[i];
      int max = (int) (mean + 12 * Math.sqrt(mean) + 20);
      DiscreteLaw.poisson(mean, max).assertFits("poisson(" + mean + ")", sample(60_000, mean, i));
    }
  }

  @Test
  void largeSamplesFitTheExactLawOfPtrs() {
    for (double mean : new double[] {12.0, 150.0}) {
      int max = (int) (mean + 12 * Math.sqrt(mean) + 20);
      DiscreteLaw.poisson(mean, max)
          .assertFits("poisson(" + mean + ")", sample(1_000_000, mean, (long) mean));
    }
  }

  @Test
  void meanAndVarianceMatchForLargeMeans() {
    double mean = 250_000.0;
    int draws = 40_000;
    long[] xs = sample(draws, mean, 99);
    double sum = 0;
    double sumSq = 0;
    for (long x : xs) {
      sum += x;
      sumSq += (double) x * x;
    }
    double m = sum / draws;
    double v = (sumSq - draws * m * m) / (draws - 1);
    assertWithinStandardErrors("mean", m, mean, Math.sqrt(mean / draws));
    assertWithinStandardErrors("variance", v, mean, mean * Math.sqrt(2.0 / (draws - 1)));
  }

  @Test
  void zeroMeanGivesZeroAndBadMeansAreRejected() {
    RandomStream s = new RandomStream(1L);
    assertEquals(0L, Poisson.sample(s, 0.0));
    assertThrows(IllegalArgumentException.class, () -> Poisson.sample(s, -1.0));
    assertThrows(IllegalArgumentException.class, () -> Poisson.sample(s, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Poisson.sample(s, 1e16));
  }

  @Test
  void neverNegative() {
    qt().forAll(doubles().between(0.0, 1e9), longs().all())
        .checkAssert(
            (mean, address) -> {
              RandomStream s = RandomStream.at(3L, StreamKind.COUNT, address, 2);
              for (int i = 0; i < 8; i++) {
                long k = Poisson.sample(s, mean);
                assertTrue(k >= 0 && k <= mean + 50 * Math.sqrt(mean) + 50, mean + " gave " + k);
              }
            });
  }
}
