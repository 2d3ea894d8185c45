package org.anxin.simulator.random;

import static org.anxin.simulator.random.GoodnessOfFit.assertWithinStandardErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class GeometricSkipTest {

  /** Counts the deals of a book of {@code deals} struck at probability {@code p}, per trial. */
  private static long[] hitsPerTrial(double p, long deals, int trials) {
    RandomStream s = new RandomStream(11L);
    double logMiss = GeometricSkip.logMiss(p);
    long[] hits = new long[trials];
    for (int trial = 0; trial < trials; trial++) {
      s.reset(StreamKind.STRIKES, trial, 0);
      for (long deal = GeometricSkip.skip(s, logMiss);
          deal < deals;
          deal = GeometricSkip.next(s, logMiss, deal)) {
        hits[trial]++;
      }
    }
    return hits;
  }

  @Test
  void hitRateIsP() {
    for (double p : new double[] {1e-6, 1e-4, 0.01, 0.3}) {
      long deals = 65_000;
      int trials = 2_000;
      long total = 0;
      for (long h : hitsPerTrial(p, deals, trials)) {
        total += h;
      }
      double n = (double) deals * trials;
      assertWithinStandardErrors("rate " + p, total / n, p, Math.sqrt(p * (1 - p) / n));
    }
  }

  @Test
  void hitsPerYearAreBinomial() {
    // Thinning a book with independent Bernoulli(p) per deal gives binomial(deals, p) hits.
    long[] hits = hitsPerTrial(0.002, 10_000, 20_000);
    DiscreteLaw.binomial(10_000, 0.002).assertFits("hits per year", hits);
  }

  @Test
  void gapsAreGeometric() {
    double p = 0.2;
    RandomStream s = RandomStream.at(13L, StreamKind.STRIKES, 0, 0);
    double logMiss = GeometricSkip.logMiss(p);
    long[] gaps = new long[80_000];
    for (int i = 0; i < gaps.length; i++) {
      gaps[i] = GeometricSkip.skip(s, logMiss);
    }
    DiscreteLaw.geometric(p, 60).assertFits("gaps", gaps);
  }

  @Test
  void everyDealIsStruckWithProbabilityP() {
    // The first, the 10th and the 1000th deal of a book are each struck at rate p, as per deal
    // Bernoulli(p) requires: nothing favours the start of the book.
    double p = 0.05;
    double logMiss = GeometricSkip.logMiss(p);
    int trials = 40_000;
    long[] struck = new long[3];
    long[] watched = {0, 9, 999};
    RandomStream s = new RandomStream(17L);
    for (int trial = 0; trial < trials; trial++) {
      s.reset(StreamKind.STRIKES, trial, 1);
      int w = 0;
      for (long deal = GeometricSkip.skip(s, logMiss);
          deal <= watched[2];
          deal = GeometricSkip.next(s, logMiss, deal)) {
        while (w < 3 && watched[w] < deal) {
          w++;
        }
        if (w < 3 && watched[w] == deal) {
          struck[w]++;
        }
      }
    }
    for (long count : struck) {
      assertWithinStandardErrors(
          "per-deal rate", count / (double) trials, p, Math.sqrt(p * (1 - p) / trials));
    }
  }

  @Test
  void tinyProbabilityHasTheRightMeanGap() {
    double p = 1e-6;
    RandomStream s = RandomStream.at(19L, StreamKind.STRIKES, 0, 0);
    double logMiss = GeometricSkip.logMiss(p);
    int n = 20_000;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += GeometricSkip.skip(s, logMiss);
    }
    double mean = (1 - p) / p;
    assertWithinStandardErrors("mean gap", sum / n, mean, Math.sqrt(1 - p) / p / Math.sqrt(n));
  }

  @Test
  void zeroNeverStrikesAndOneStrikesEveryDealWithoutDrawing() {
    RandomStream s = RandomStream.at(23L, StreamKind.STRIKES, 0, 0);
    long firstDraw = RandomStream.at(23L, StreamKind.STRIKES, 0, 0).nextLong();
    assertEquals(GeometricSkip.NEVER, GeometricSkip.skip(s, GeometricSkip.logMiss(0.0)));
    double always = GeometricSkip.logMiss(1.0);
    long deal = GeometricSkip.skip(s, always);
    for (int i = 0; i < 100; i++) {
      assertEquals(i, deal);
      deal = GeometricSkip.next(s, always, deal);
    }
    assertEquals(firstDraw, s.nextLong());
    assertEquals(GeometricSkip.NEVER, GeometricSkip.skip(s, GeometricSkip.logMiss(1e-300)));
  }

  @Test
  void nextSaturatesInsteadOfOverflowing() {
    RandomStream s = RandomStream.at(29L, StreamKind.STRIKES, 0, 0);
    double logMiss = GeometricSkip.logMiss(1e-12);
    assertEquals(GeometricSkip.NEVER, GeometricSkip.next(s, logMiss, Long.MAX_VALUE - 1));
    assertEquals(GeometricSkip.NEVER, GeometricSkip.next(s, logMiss, GeometricSkip.NEVER));
    assertThrows(IllegalArgumentException.class, () -> GeometricSkip.logMiss(-0.1));
    assertThrows(IllegalArgumentException.class, () -> GeometricSkip.logMiss(Double.NaN));
  }

  @Test
  void skipsAreNeverNegativeAndIndicesIncrease() {
    qt().forAll(doubles().between(0.0, 1.0), longs().between(0, Long.MAX_VALUE), longs().all())
        .checkAssert(
            (p, previous, address) -> {
              RandomStream s = RandomStream.at(3L, StreamKind.STRIKES, address, 0);
              double logMiss = GeometricSkip.logMiss(p);
              assertTrue(GeometricSkip.skip(s, logMiss) >= 0);
              long next = GeometricSkip.next(s, logMiss, previous);
              assertTrue(next > previous || next == GeometricSkip.NEVER, p + " " + previous);
            });
  }
}
