package org.anxin.simulator.random;

import static org.anxin.simulator.random.GoodnessOfFit.assertChiSquareFits;
import static org.anxin.simulator.random.GoodnessOfFit.assertKolmogorovSmirnovFits;
import static org.anxin.simulator.random.GoodnessOfFit.assertWithinStandardErrors;
import static org.anxin.simulator.random.GoodnessOfFit.correlation;
import static org.anxin.simulator.random.GoodnessOfFit.meanAndVariance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomStreamTest {

  private static final long SEED = 20_240_601L;

  private static long[] draws(RandomStream s, int k) {
    long[] out = new long[k];
    for (int i = 0; i < k; i++) {
      out[i] = s.nextLong();
    }
    return out;
  }

  @Test
  void sameCoordinatesGiveTheSameNumbersWhateverTheHistory() {
    RandomStream fresh = RandomStream.at(SEED, StreamKind.DEAL, 7, 41);
    RandomStream reused = new RandomStream(SEED);
    reused.reset(StreamKind.STRIKES, 3, 2);
    draws(reused, 17);
    reused.reset(StreamKind.DEAL, 7, 41);
    assertArrayEquals(draws(fresh, 50), draws(reused, 50));
  }

  @Test
  void everyCoordinateChangesTheStream() {
    long[] base = draws(RandomStream.at(SEED, StreamKind.DEAL, 7, 41), 4);
    assertFalse(Arrays.equals(base, draws(RandomStream.at(SEED + 1, StreamKind.DEAL, 7, 41), 4)));
    assertFalse(Arrays.equals(base, draws(RandomStream.at(SEED, StreamKind.INCIDENT, 7, 41), 4)));
    assertFalse(Arrays.equals(base, draws(RandomStream.at(SEED, StreamKind.DEAL, 8, 41), 4)));
    assertFalse(Arrays.equals(base, draws(RandomStream.at(SEED, StreamKind.DEAL, 7, 42), 4)));
    assertFalse(Arrays.equals(base, draws(RandomStream.at(SEED, StreamKind.DEAL, 41, 7), 4)));
    RandomStream subTagged = new RandomStream(SEED).reset(StreamKind.DEAL.tag(1), 7, 41);
    assertFalse(Arrays.equals(base, draws(subTagged, 4)));
  }

  @Test
  void neighbouringDealsNeverShareAFirstNumber() {
    // 200,000 streams of one trial: Threefry maps distinct coordinates to distinct keys, so any
    // repeat of a first 64-bit draw would be a 2^-64-chance coincidence.
    RandomStream s = new RandomStream(SEED);
    Set<Long> firsts = new HashSet<>();
    for (int deal = 0; deal < 200_000; deal++) {
      assertTrue(firsts.add(s.reset(StreamKind.DEAL, 0, deal).nextLong()), "deal " + deal);
    }
  }

  @Test
  void skipToReadsAFixedSlot() {
    RandomStream s = RandomStream.at(SEED, StreamKind.DEAL, 1, 2);
    long[] first = draws(s, 10);
    assertEquals(first[6], s.skipTo(6).nextLong());
    assertEquals(first[7], s.nextLong());
    assertEquals(first[0], s.skipTo(0).nextLong());
  }

  /** java.util.SplittableRandom's golden gamma: its nextLong() is mix64(seed + this). */
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  @Test
  void mixerIsSplittableRandoms() {
    for (long seed : new long[] {0L, 1L, -1L, SEED, Long.MIN_VALUE}) {
      assertEquals(new SplittableRandom(seed).nextLong(), RandomStream.mix64(seed + GOLDEN_GAMMA));
    }
  }

  @Test
  void drawsFollowTheDocumentedDefinition() {
    // Draw i of stream (seed, tag, a, b) is mix64(k0 + (i+1)·γ) with (k0, γ') = Threefry-2x64-20
    // of counter (a, b) under key (seed, tag) and γ = oddGamma(γ'); mix64 is taken from the JDK.
    long tag = StreamKind.INCIDENT.tag(5);
    long[] key = new long[2];
    Threefry2x64.encrypt20(SEED, tag, 123, 456, key);
    long gamma = RandomStream.oddGamma(key[1]);
    RandomStream s = new RandomStream(SEED).reset(tag, 123, 456);
    for (int i = 0; i < 5; i++) {
      long weyl = key[0] + (i + 1) * gamma;
      assertEquals(new SplittableRandom(weyl - GOLDEN_GAMMA).nextLong(), s.nextLong(), "draw " + i);
    }
  }

  @Test
  void tagsOfKindsAndSubTagsAreDistinct() {
    Set<Long> tags = new HashSet<>();
    for (StreamKind kind : StreamKind.values()) {
      for (int sub : new int[] {0, 1, 2, -1}) {
        assertTrue(tags.add(kind.tag(sub)), kind + " " + sub);
      }
      assertEquals(kind.tag(0), kind.tag());
    }
    Set<Integer> ids = new HashSet<>();
    for (StreamKind kind : StreamKind.values()) {
      assertTrue(ids.add(kind.id()));
    }
  }

  @Test
  void uniformsAreStrictlyInsideTheUnitIntervalEvenAtTheExtremes() {
    assertTrue(RandomStream.toUniform(0L) > 0.0);
    assertEquals(0x1p-53, RandomStream.toUniform(0L));
    assertTrue(RandomStream.toUniform(-1L) < 1.0);
    assertEquals(1.0 - 0x1p-53, RandomStream.toUniform(-1L));
    // The grid is symmetric: 1 - u is a possible draw whenever u is.
    assertEquals(
        1.0 - RandomStream.toUniform(12_345L << 12), RandomStream.toUniform(~(12_345L << 12)));
  }

  @Test
  void uniformsAreUniform() {
    RandomStream s = RandomStream.at(SEED, StreamKind.TRIAL, 0, 0);
    int n = 200_000;
    double[] u = new double[n];
    long[] bins = new long[100];
    for (int i = 0; i < n; i++) {
      u[i] = s.nextUniform();
      bins[(int) (u[i] * 100)]++;
    }
    double[] expected = new double[100];
    Arrays.fill(expected, n / 100.0);
    assertChiSquareFits("uniform bins", bins, expected);
    double[] mv = meanAndVariance(u);
    assertWithinStandardErrors("mean", mv[0], 0.5, Math.sqrt(1.0 / 12 / n));
    // Var of the sample variance of U(0,1): (1/80 - 1/144)/n.
    assertWithinStandardErrors("variance", mv[1], 1.0 / 12, Math.sqrt((1.0 / 80 - 1.0 / 144) / n));
    Arrays.sort(u);
    assertKolmogorovSmirnovFits("uniform", u, x -> x);
  }

  @Test
  void neighbouringDealsTrialsAndDrawsAreUncorrelated() {
    int n = 40_000;
    RandomStream s = new RandomStream(SEED);
    double[] deal = new double[n];
    double[] nextDeal = new double[n];
    double[] nextTrial = new double[n];
    double[] secondDraw = new double[n];
    double[] otherKind = new double[n];
    for (int t = 0; t < n; t++) {
      deal[t] = s.reset(StreamKind.DEAL, t, 100).nextUniform();
      secondDraw[t] = s.nextUniform();
      nextDeal[t] = s.reset(StreamKind.DEAL, t, 101).nextUniform();
      nextTrial[t] = s.reset(StreamKind.DEAL, t + 1, 100).nextUniform();
      otherKind[t] = s.reset(StreamKind.INCIDENT, t, 100).nextUniform();
    }
    double limit = 5.0 / Math.sqrt(n);
    assertTrue(Math.abs(correlation(deal, nextDeal)) < limit, "adjacent deals");
    assertTrue(Math.abs(correlation(deal, nextTrial)) < limit, "adjacent trials");
    assertTrue(Math.abs(correlation(deal, secondDraw)) < limit, "consecutive draws");
    assertTrue(Math.abs(correlation(deal, otherKind)) < limit, "other kind, same coordinates");
  }

  @Test
  void pairsOfAdjacentDealsFillTheUnitSquareEvenly() {
    // A 2-D test: correlation misses dependence that is not linear.
    int n = 100_000;
    RandomStream s = new RandomStream(SEED);
    long[] cells = new long[100];
    for (int i = 0; i < n; i++) {
      double a = s.reset(StreamKind.DEAL, 5, 2L * i).nextUniform();
      double b = s.reset(StreamKind.DEAL, 5, 2L * i + 1).nextUniform();
      cells[(int) (a * 10) * 10 + (int) (b * 10)]++;
    }
    double[] expected = new double[100];
    Arrays.fill(expected, n / 100.0);
    assertChiSquareFits("adjacent pairs", cells, expected);
  }

  @Test
  void boundedIntegersAreUnbiased() {
    RandomStream s = RandomStream.at(SEED, StreamKind.COUNT, 0, 1);
    int n = 120_000;
    long[] counts = new long[7];
    for (int i = 0; i < n; i++) {
      counts[s.nextInt(7)]++;
    }
    double[] expected = new double[7];
    Arrays.fill(expected, n / 7.0);
    assertChiSquareFits("nextInt(7)", counts, expected);

    // A bound of 3·2^61: a modulo reduction would favour the low third twice over.
    long bound = 3L << 61;
    long[] thirds = new long[3];
    for (int i = 0; i < 30_000; i++) {
      long x = s.nextLong(bound);
      assertTrue(x >= 0 && x < bound);
      thirds[(int) (x / (1L << 61))]++;
    }
    assertChiSquareFits("thirds of a huge range", thirds, new double[] {10_000, 10_000, 10_000});

    // Without rejection, x·3·2^61/2^64 would give residues 0, 1, 2 (mod 3) in ratio 3 : 3 : 2.
    long[] residues = new long[3];
    for (int i = 0; i < 30_000; i++) {
      residues[(int) (s.nextLong(bound) % 3)]++;
    }
    assertChiSquareFits("residues mod 3", residues, new double[] {10_000, 10_000, 10_000});
  }

  @Test
  void rangesMayBeAsWideAsAllLongs() {
    RandomStream s = RandomStream.at(SEED, StreamKind.COUNT, 0, 2);
    int negative = 0;
    for (int i = 0; i < 10_000; i++) {
      long x = s.nextLong(Long.MIN_VALUE + 1, Long.MAX_VALUE);
      assertNotEquals(Long.MIN_VALUE, x);
      assertNotEquals(Long.MAX_VALUE, x);
      negative += x < 0 ? 1 : 0;
    }
    assertWithinStandardErrors("negative share", negative / 10_000.0, 0.5, 0.005);
    assertEquals(5L, s.nextLong(5L, 6L));
  }

  @Test
  void rejectsEmptyRanges() {
    RandomStream s = new RandomStream(SEED);
    assertThrows(IllegalArgumentException.class, () -> s.nextInt(0));
    assertThrows(IllegalArgumentException.class, () -> s.nextLong(-3L));
    assertThrows(IllegalArgumentException.class, () -> s.nextLong(4L, 4L));
  }

  @Test
  void bernoulliEdgesAreExact() {
    RandomStream s = RandomStream.at(SEED, StreamKind.TRIAL, 9, 0);
    int hits = 0;
    for (int i = 0; i < 10_000; i++) {
      assertFalse(s.nextBernoulli(0.0));
      assertTrue(s.nextBernoulli(1.0));
      hits += s.nextBernoulli(0.3) ? 1 : 0;
    }
    assertWithinStandardErrors("rate", hits / 10_000.0, 0.3, Math.sqrt(0.21 / 10_000));
  }

  @Test
  void gammasWithFewBitTransitionsAreReplaced() {
    // 0x0000_0000_00FF_FFFF | 1 has 1 transition; 0x5555_FF (alternating) has many.
    long poor = 0x0000_0000_00FF_FFFFL;
    assertEquals(poor ^ 0xAAAA_AAAA_AAAA_AAAAL, RandomStream.oddGamma(poor));
    // An odd gamma has an odd number of transitions (its bits run from the 0 above bit 63 down
    // to a 1), so the threshold of 24 separates 23 (replaced) from 25 (kept).
    long kept = 0x0000_0000_0155_5555L;
    assertEquals(25, Long.bitCount(kept ^ (kept >>> 1)));
    assertEquals(kept, RandomStream.oddGamma(kept));
    long replaced = 0x0000_0000_0055_5555L;
    assertEquals(23, Long.bitCount(replaced ^ (replaced >>> 1)));
    assertEquals(replaced ^ 0xAAAA_AAAA_AAAA_AAAAL, RandomStream.oddGamma(replaced));
  }

  @Test
  void gammasAreOddAndRich() {
    for (long bits : new long[] {0L, 1L, -1L, 0x8000_0000_0000_0000L, 0x1234_5678_9ABC_DEF0L}) {
      long g = RandomStream.oddGamma(bits);
      assertEquals(1L, g & 1L);
      assertTrue(Long.bitCount(g ^ (g >>> 1)) >= 24, Long.toHexString(g));
    }
  }

  @Test
  void uniformsStayInsideTheOpenIntervalForAnyAddress() {
    qt().forAll(longs().all(), longs().all(), longs().all(), longs().all())
        .checkAssert(
            (seed, tag, a, b) -> {
              RandomStream s = new RandomStream(seed).reset(tag, a, b);
              for (int i = 0; i < 64; i++) {
                double u = s.nextUniform();
                assertTrue(u > 0.0 && u < 1.0, "u = " + u);
              }
            });
  }

  @Test
  void repositioningIsPure() {
    qt().forAll(longs().all(), longs().all(), longs().all(), integers().between(0, 40))
        .checkAssert(
            (seed, a, b, k) -> {
              RandomStream s = new RandomStream(seed);
              s.reset(StreamKind.INCIDENT.tag(3), a, b);
              long[] first = draws(s, k + 3);
              s.reset(StreamKind.STRIKES, b, a);
              draws(s, k);
              s.reset(StreamKind.INCIDENT.tag(3), a, b);
              assertArrayEquals(first, draws(s, k + 3));
              s.skipTo(k);
              assertEquals(first[k], s.nextLong());
            });
  }

  @Test
  void boundedDrawsStayInRange() {
    qt().forAll(longs().all(), longs().all(), longs().between(1, Long.MAX_VALUE))
        .checkAssert(
            (seed, origin, width) -> {
              long bound = origin + width;
              RandomStream s = RandomStream.at(seed, StreamKind.COUNT, 0, 0);
              for (int i = 0; i < 16; i++) {
                if (bound > origin) {
                  long x = s.nextLong(origin, bound);
                  assertTrue(x >= origin && x < bound, x + " outside [" + origin + ", " + bound);
                }
                long y = s.nextLong(width);
                assertTrue(y >= 0 && y < width);
              }
            });
  }

  /**
   * A batch of keys is the keys of the streams one by one: the same first draws, any batch size.
   */
  @Test
  void keysOfABatchAreTheResetsOneByOne() {
    qt().forAll(longs().all(), longs().all(), integers().between(0, 300))
        .checkAssert(
            (seed, trial, count) -> {
              SplittableRandom random = new SplittableRandom(seed ^ trial);
              int[] deals = new int[count + 1];
              for (int i = 0; i < count; i++) {
                deals[i] = i % 7 == 0 ? i : random.nextInt(Integer.MAX_VALUE);
              }
              long[] origins = new long[count + 1];
              long[] gammas = new long[count + 1];
              RandomStream batch = new RandomStream(seed);
              batch.keys(StreamKind.DEAL, trial, deals, count, origins, gammas);
              RandomStream single = new RandomStream(seed);
              for (int i = 0; i < count; i++) {
                single.reset(StreamKind.DEAL, trial, deals[i]);
                batch.resetToKey(origins[i], gammas[i]);
                for (int k = 0; k < 3; k++) {
                  assertEquals(single.nextLong(), batch.nextLong(), "deal " + deals[i]);
                }
                assertEquals(single.skipTo(1L << 40).nextLong(), batch.skipTo(1L << 40).nextLong());
              }
              assertEquals(0, origins[count], "nothing written past the batch");
              assertEquals(0, gammas[count], "nothing written past the batch");
            });
  }
}
