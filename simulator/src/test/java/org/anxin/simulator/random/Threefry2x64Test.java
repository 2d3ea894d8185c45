package org.anxin.simulator.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Known-answer vectors from Random123's kat_vectors file (counter, key → output). */
class Threefry2x64Test {

  private static long[] encrypt(long c0, long c1, long k0, long k1) {
    long[] out = new long[2];
    Threefry2x64.encrypt20(k0, k1, c0, c1, out);
    return out;
  }

  @Test
  void matchesRandom123ForZeroCounterAndKey() {
    assertArrayEquals(
        new long[] {0xc2b6e3a8c2c69865L, 0x6f81ed42f350084dL}, encrypt(0L, 0L, 0L, 0L));
  }

  @Test
  void matchesRandom123ForAllOnes() {
    assertArrayEquals(
        new long[] {0xe02cb7c4d95d277aL, 0xd06633d0893b8b68L}, encrypt(-1L, -1L, -1L, -1L));
  }

  @Test
  void matchesRandom123ForDigitsOfPi() {
    assertArrayEquals(
        new long[] {0x263c7d30bb0f0af1L, 0x56be8361d3311526L},
        encrypt(
            0x243f6a8885a308d3L, 0x13198a2e03707344L, 0xa4093822299f31d0L, 0x082efa98ec4e6c89L));
  }

  /**
   * The batch encryption, round by round across its counters, is the single one counter by counter,
   * also when its output overwrites its input (as the streams' batch of keys does).
   */
  @Test
  void aBatchEncryptsEachCounterAsAlone() {
    qt().forAll(longs().all(), longs().all(), longs().all(), integers().between(0, 70))
        .checkAssert(
            (k0, k1, c0, count) -> {
              SplittableRandom random = new SplittableRandom(k0 ^ c0);
              long[] c1 = new long[count];
              for (int i = 0; i < count; i++) {
                c1[i] = random.nextLong();
              }
              long[] in = c1.clone();
              long[] out0 = new long[count];
              long[] out1 = new long[count];
              Threefry2x64.encrypt20(k0, k1, c0, c1, count, out0, out1);
              assertArrayEquals(in, c1, "the counters are not modified");
              long[] inPlace = c1.clone();
              long[] inPlace0 = new long[count];
              Threefry2x64.encrypt20(k0, k1, c0, inPlace, count, inPlace0, inPlace);
              long[] one = new long[2];
              for (int i = 0; i < count; i++) {
                Threefry2x64.encrypt20(k0, k1, c0, c1[i], one);
                assertEquals(one[0], out0[i]);
                assertEquals(one[1], out1[i]);
                assertEquals(one[0], inPlace0[i]);
                assertEquals(one[1], inPlace[i]);
              }
            });
  }
}
