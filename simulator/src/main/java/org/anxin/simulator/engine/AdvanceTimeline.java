package org.anxin.simulator.engine;

import java.util.Arrays;

/**
 * The advances of one trial as dated cash movements, for the peak of what is outstanding: the cash
 * the programme must hold. Payments and recoveries are kept in reused primitive arrays and sorted
 * by day only when the peak is asked for.
 */
final class AdvanceTimeline {

  /** Days fit in 31 bits; one bit orders payments before recoveries on the same day. */
  private static final int INDEX_BITS = 31;

  private long[] keys = new long[256];
  private long[] amounts = new long[256];
  private int size;

  void clear() {
    size = 0;
  }

  /**
   * An advance of {@code paidFen} on {@code payDay}, of which {@code recoveredFen} comes back on
   * {@code recoveryDay}.
   */
  void add(int payDay, long paidFen, int recoveryDay, long recoveredFen) {
    push(payDay, false, paidFen);
    if (recoveredFen > 0) {
      push(recoveryDay, true, -recoveredFen);
    }
  }

  private void push(int day, boolean recovery, long delta) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      amounts = Arrays.copyOf(amounts, size * 2);
    }
    // A payment sorts before a recovery on the same day: the peak is the conservative one.
    keys[size] =
        ((long) Math.max(0, day) << (INDEX_BITS + 1)) | (recovery ? 1L << INDEX_BITS : 0) | size;
    amounts[size] = delta;
    size++;
  }

  /** The largest amount outstanding at any moment of the trial, in fen. */
  long peak() {
    Arrays.sort(keys, 0, size);
    long outstanding = 0;
    long peak = 0;
    for (int i = 0; i < size; i++) {
      outstanding += amounts[(int) (keys[i] & ((1L << INDEX_BITS) - 1))];
      peak = Math.max(peak, outstanding);
    }
    return peak;
  }
}
