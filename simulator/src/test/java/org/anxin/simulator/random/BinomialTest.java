package org.anxin.simulator.random;

import static org.anxin.simulator.random.GoodnessOfFit.assertWithinStandardErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class BinomialTest {

  private static long[] sample(int draws, long n, double p, long address) {
    RandomStream s = RandomStream.at(31L, StreamKind.COUNT, address, 0);
    long[] out = new long[draws];
    for (int i = 0; i < draws; i++) {
      out[i] = Binomial.sample(s, n, p);
    }
    return out;
  }

  private static void assertLawFits(int n, double p, long address) {
    assertLawFits(n, p, address, 60_000);
  }

  private static void assertLawFits(int n, double p, long address, int draws) {
    DiscreteLaw.binomial(n, p)
        .assertFits("binomial(" + n + ", " + p + ")", sample(draws, n, p, address));
  }

  @Test
  void smallMeansByInversionFitTheExactLaw() {
    assertLawFits(20, 0.3, 1);
    assertLawFits(1000, 0.004, 2);
    assertLawFits(100, 0.93, 3); // reflected: 100 − binomial(100, 0.07)
  }

  @Test
  void largeMeansByBtrdFitTheExactLaw() {
    assertLawFits(30, 0.37, 4); // mode 11: the smallest BTRD case
    assertLawFits(50, 0.5, 5);
    assertLawFits(1000, 0.05, 6);
    assertLawFits(500, 0.9, 7); // reflected: 500 − binomial(500, 0.1)
    assertLawFits(100_000, 0.02, 8);
  }

  @Test
  void farTailsOfBtrdFitTheExactLaw() {
    // Beyond 15 of the mode BTRD decides by a squeeze and an exact Stirling-formula test; a large
    // sample with a wide spread makes small errors there visible.
    assertLawFits(400, 0.5, 9, 1_000_000);
    assertLawFits(20_000, 0.03, 10, 1_000_000);
  }

  @Test
  void meanAndVarianceMatchForHugeBooks() {
    long[][] cases = {{1_000_000_000L, 1_000_000}, {1_000_000_000L, 1_000_000_000}, {65_000, 100}};
    for (long[] c : cases) {
      long n = c[0];
      double p = 1.0 / c[1];
      int draws = 40_000;
      long[] xs = sample(draws, n, p, 100 + c[1]);
      double sum = 0;
      double sumSq = 0;
      for (long x : xs) {
        assertTrue(x >= 0 && x <= n);
        sum += x;
        sumSq += (double) x * x;
      }
      double mean = sum / draws;
      double variance = (sumSq - draws * mean * mean) / (draws - 1);
      double expectedVariance = n * p * (1 - p);
      assertWithinStandardErrors(
          "mean " + n + "," + p, mean, n * p, Math.sqrt(expectedVariance / draws));
      // The sample variance of a near-normal law has standard error σ²·√(2/(draws−1)).
      assertWithinStandardErrors(
          "variance " + n + "," + p,
          variance,
          expectedVariance,
          expectedVariance * Math.sqrt(2.0 / (draws - 1)) + 1e-9);
    }
  }

  @Test
  void edgeCasesDoNotDraw() {
    RandomStream s = RandomStream.at(1L, StreamKind.COUNT, 0, 0);
    long before = RandomStream.at(1L, StreamKind.COUNT, 0, 0).nextLong();
    assertEquals(0L, Binomial.sample(s, 0, 0.5));
    assertEquals(0L, Binomial.sample(s, 1000, 0.0));
    assertEquals(1000L, Binomial.sample(s, 1000, 1.0));
    assertEquals(before, s.nextLong());
  }

  @Test
  void rejectsImpossibleParameters() {
    RandomStream s = new RandomStream(1L);
    assertThrows(IllegalArgumentException.class, () -> Binomial.sample(s, -1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Binomial.sample(s, 10, 1.5));
    assertThrows(IllegalArgumentException.class, () -> Binomial.sample(s, 10, Double.NaN));
  }

  @Test
  void neverLeavesZeroToN() {
    qt().forAll(longs().between(0, 2_000_000_000L), doubles().between(0.0, 1.0), longs().all())
        .checkAssert(
            (n, p, address) -> {
              RandomStream s = RandomStream.at(5L, StreamKind.COUNT, address, 0);
              for (int i = 0; i < 8; i++) {
                long k = Binomial.sample(s, n, p);
                assertTrue(k >= 0 && k <= n, "n " + n + " p " + p + " gave " + k);
              }
            });
  }
}
