package org.anxin.simulator.random;

/**
 * The Threefry-2x64-20 counter-based generator of Salmon, Moraes, Dror and Shaw, "Parallel random
 * numbers: as easy as 1, 2, 3" (SC'11): a keyed bijection of a 128-bit counter, built from the
 * add-rotate-xor rounds of the Threefish block cipher with a key injection every four rounds.
 *
 * <p>Why it is sound for addressing streams by coordinates: for a fixed key the function is a
 * bijection of the counter, so distinct counters can never give the same output; and with 13 rounds
 * it already passes TestU01's BigCrush for every key and for counters that differ in a single bit,
 * so 20 rounds (the authors' recommended default) leave a wide safety margin. Distinct keys give
 * unrelated bijections (the key schedule is Threefish's).
 */
final class Threefry2x64 {

  /** Threefish's key-schedule parity constant. */
  private static final long PARITY = 0x1BD11BDAA9FC1A22L;

  private Threefry2x64() {}

  /**
   * Encrypts the counter {@code (c0, c1)} under the key {@code (k0, k1)} with 20 rounds and writes
   * the two output words to {@code out[0]} and {@code out[1]}; allocates nothing.
   */
  static void encrypt20(long k0, long k1, long c0, long c1, long[] out) {
    final long k2 = PARITY ^ k0 ^ k1;
    long x0 = c0 + k0;
    long x1 = c1 + k1;

    // Rounds 0-3 (rotations R0..R3), then key injection 1.
    x0 += x1;
    x1 = Long.rotateLeft(x1, 16) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 42) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 12) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 31) ^ x0;
    x0 += k1;
    x1 += k2 + 1;

    // Rounds 4-7 (R4..R7), injection 2.
    x0 += x1;
    x1 = Long.rotateLeft(x1, 16) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 32) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 24) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 21) ^ x0;
    x0 += k2;
    x1 += k0 + 2;

    // Rounds 8-11, injection 3.
    x0 += x1;
    x1 = Long.rotateLeft(x1, 16) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 42) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 12) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 31) ^ x0;
    x0 += k0;
    x1 += k1 + 3;

    // Rounds 12-15, injection 4.
    x0 += x1;
    x1 = Long.rotateLeft(x1, 16) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 32) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 24) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 21) ^ x0;
    x0 += k1;
    x1 += k2 + 4;

    // Rounds 16-19, injection 5.
    x0 += x1;
    x1 = Long.rotateLeft(x1, 16) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 42) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 12) ^ x0;
    x0 += x1;
    x1 = Long.rotateLeft(x1, 31) ^ x0;
    x0 += k2;
    x1 += k0 + 5;

    out[0] = x0;
    out[1] = x1;
  }

  /**
   * {@link #encrypt20} of the counters {@code (c0, c1[i])} for {@code i < count} under one key,
   * into {@code out0[i]} and {@code out1[i]}: the same operations on every counter, so the same
   * bits, but computed four rounds at a time across the whole batch. Each of those loops applies
   * one sequence of additions, rotations by constants and exclusive ors to independent counters,
   * which the JIT turns into vector instructions where one encryption alone is a chain of some
   * sixty dependent operations. {@code c1} is not modified.
   */
  static void encrypt20(long k0, long k1, long c0, long[] c1, int count, long[] out0, long[] out1) {
    final long k2 = PARITY ^ k0 ^ k1;
    for (int i = 0; i < count; i++) {
      out0[i] = c0 + k0;
      out1[i] = c1[i] + k1;
    }
    fourRounds(out0, out1, count, 16, 42, 12, 31, k1, k2 + 1);
    fourRounds(out0, out1, count, 16, 32, 24, 21, k2, k0 + 2);
    fourRounds(out0, out1, count, 16, 42, 12, 31, k0, k1 + 3);
    fourRounds(out0, out1, count, 16, 32, 24, 21, k1, k2 + 4);
    fourRounds(out0, out1, count, 16, 42, 12, 31, k2, k0 + 5);
  }

  /** Four rounds with rotations {@code r0..r3}, then the key injection {@code (add0, add1)}. */
  private static void fourRounds(
      long[] x0s, long[] x1s, int count, int r0, int r1, int r2, int r3, long add0, long add1) {
    for (int i = 0; i < count; i++) {
      long x0 = x0s[i];
      long x1 = x1s[i];
      x0 += x1;
      x1 = Long.rotateLeft(x1, r0) ^ x0;
      x0 += x1;
      x1 = Long.rotateLeft(x1, r1) ^ x0;
      x0 += x1;
      x1 = Long.rotateLeft(x1, r2) ^ x0;
      x0 += x1;
      x1 = Long.rotateLeft(x1, r3) ^ x0;
      x0s[i] = x0 + add0;
      x1s[i] = x1 + add1;
    }
  }
}
