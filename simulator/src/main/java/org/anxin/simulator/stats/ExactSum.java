package org.anxin.simulator.stats;

import java.math.BigInteger;

/**
 * An exact running sum of {@code long} values and of their squares in 128-bit arithmetic (two
 * words, no allocation per value), so that a mean or variance over a million trials of large fen
 * amounts is exact and does not depend on the order of the values.
 */
final class ExactSum {

  private long sumHigh;
  private long sumLow;
  private long squaresHigh;
  private long squaresLow;
  private long count;

  /** Set when the sum of squares no longer fits 127 bits; then only {@link #sum()} is exact. */
  private boolean squaresOverflowed;

  void add(long value) {
    long low = sumLow + value;
    long carry = Long.compareUnsigned(low, sumLow) < 0 ? 1L : 0L;
    sumHigh += (value >> 63) + carry;
    sumLow = low;

    long squareHigh = Math.multiplyHigh(value, value);
    long squareLow = value * value;
    long lowSq = squaresLow + squareLow;
    long carrySq = Long.compareUnsigned(lowSq, squaresLow) < 0 ? 1L : 0L;
    try {
      squaresHigh = Math.addExact(squaresHigh, Math.addExact(squareHigh, carrySq));
    } catch (ArithmeticException e) {
      squaresOverflowed = true;
    }
    squaresLow = lowSq;
    count++;
  }

  long count() {
    return count;
  }

  BigInteger sum() {
    return toBigInteger(sumHigh, sumLow);
  }

  /** The exact sum of squares; {@code values} recomputes it when it outgrew 127 bits. */
  BigInteger sumOfSquares(long[] values) {
    if (!squaresOverflowed) {
      return toBigInteger(squaresHigh, squaresLow);
    }
    BigInteger total = BigInteger.ZERO;
    for (long v : values) {
      BigInteger b = BigInteger.valueOf(v);
      total = total.add(b.multiply(b));
    }
    return total;
  }

  private static BigInteger toBigInteger(long high, long low) {
    BigInteger lowPart =
        BigInteger.valueOf(low >>> 1).shiftLeft(1).or(BigInteger.valueOf(low & 1L));
    return BigInteger.valueOf(high).shiftLeft(64).add(lowPart);
  }
}
