package org.anxin.simulator.random;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The exponential and the logarithm the samplers need millions of times a second, computed with
 * additions, multiplications and one table, so the bits are the same on every JVM and machine.
 * {@code Math.exp} is fast but may differ in the last bit between JDKs and processors (its
 * intrinsics are not specified to the bit), and {@code StrictMath.exp}, the same everywhere, costs
 * 10 ns (26 ns when each call waits for the last) on JDK 17, whose fdlibm port runs as plain Java;
 * this one takes about 5 (16). Both stay within one unit in the last place of the true value
 * ({@code DeterministicMathTest} holds them to {@code StrictMath}), the accuracy fdlibm promises;
 * Java's floating point has been strict since 17, so the same operations give the same bits
 * everywhere.
 *
 * <p>The exponential is Tang's table method: {@code e^x = 2^(n/256) · e^r} with {@code n} the
 * nearest multiple of {@code ln 2 / 256} and {@code |r| ≤ ln 2 / 512}, the table holding {@code
 * 2^(j/256)} and {@code e^r} a degree-5 polynomial. The logarithm splits {@code x = 2^k · m} with
 * {@code m} in [1/√2, √2], takes the table's nearest {@code c = j/128} to {@code m} and sums {@code
 * k·ln 2 + ln c + ln(1 + r)}, {@code r = (m − c)/c}, {@code |r| < 1/179}, the last by its series;
 * the tables of {@code 2^(j/256)} and {@code ln c} are computed once in 40-digit decimal arithmetic
 * and kept as two doubles each.
 */
public final class DeterministicMath {

  /** 1.5·2^52: a double at or near it has no fraction bits, so adding it rounds to an integer. */
  private static final double ROUNDER = 0x1.8p52;

  private static final int EXP_BITS = 8;
  private static final int EXP_SIZE = 1 << EXP_BITS;

  /**
   * {@code 2^(j/256)} for {@code j} in [0, 256), rounded to the nearest double, and what that
   * rounding left out: together about 106 bits, so the table adds no error of its own.
   */
  private static final double[] TWO_TO_J = new double[EXP_SIZE];

  private static final double[] TWO_TO_J_REST = new double[EXP_SIZE];

  /** 256 / ln 2. */
  private static final double EXP_SCALE = EXP_SIZE / 0.6931471805599453;

  /**
   * {@code ln 2 / 256} in two parts: the high one with its last 32 bits zero, so that {@code n ·
   * high} is exact for every {@code |n| < 2^21}, and the rest.
   */
  private static final double LN2_HIGH;

  private static final double LN2_LOW;

  /** Above this (the largest x of a finite e^x) e^x overflows; below {@link #EXP_UNDERFLOW}, 0. */
  private static final double EXP_OVERFLOW = 709.782712893384;

  private static final double EXP_UNDERFLOW = -745.1332191019412;

  /** The logarithm's table spacing: {@code c = j/128}. */
  private static final int LOG_STEPS = 128;

  /**
   * {@code ln(j/128)} for {@code j} up to 182, the nearest {@code c} to √2, rounded to the nearest
   * double, and what that rounding left out.
   */
  private static final double[] LN_C = new double[183];

  /** The smallest j the logarithm picks: ⌊128/√2⌋. */
  private static final int LOG_FIRST = 90;

  private static final double[] LN_C_REST = new double[183];

  /** {@code 128/j}, the reciprocal of each c. */
  private static final double[] ONE_OVER_C = new double[183];

  private static final double SQRT_2 = 1.4142135623730951;

  /** ln 2 in two parts, the high one with its last 32 bits zero: {@code k · high} is exact. */
  private static final double LN2_WHOLE_HIGH;

  private static final double LN2_WHOLE_LOW;

  static {
    // 2^(1/256) by eight square roots of 2, then its powers, in 40-digit decimal arithmetic.
    MathContext digits = new MathContext(40);
    BigDecimal root = BigDecimal.valueOf(2);
    for (int i = 0; i < EXP_BITS; i++) {
      root = root.sqrt(digits);
    }
    BigDecimal power = BigDecimal.ONE;
    for (int j = 0; j < EXP_SIZE; j++) {
      TWO_TO_J[j] = power.doubleValue();
      TWO_TO_J_REST[j] = power.subtract(new BigDecimal(TWO_TO_J[j])).doubleValue();
      power = power.multiply(root, digits);
    }
    double ln2Over = 0.6931471805599453 / EXP_SIZE;
    LN2_HIGH =
        Double.longBitsToDouble(Double.doubleToRawLongBits(ln2Over) & 0xFFFF_FFFF_0000_0000L);
    // ln 2 to 120 bits: 0.6931471805599453094172321214581765680755...
    LN2_LOW = (0.6931471805599453 - LN2_HIGH * EXP_SIZE + 2.3190468138462996e-17) / EXP_SIZE;
    LN2_WHOLE_HIGH = LN2_HIGH * EXP_SIZE;
    LN2_WHOLE_LOW = LN2_LOW * EXP_SIZE;
    // Only the c the logarithm can pick, m in [1/√2, √2]: j from 90 (the class's start-up is
    // the tables' decimal arithmetic, some milliseconds, so none is computed for nothing).
    BigDecimal negligible = new BigDecimal("1e-45");
    for (int j = LOG_FIRST; j < LN_C.length; j++) {
      // ln(j/128) = 2·atanh((j − 128)/(j + 128)), |t| ≤ 0.18: 40 digits in some 25 terms.
      BigDecimal t =
          BigDecimal.valueOf(j - LOG_STEPS).divide(BigDecimal.valueOf(j + LOG_STEPS), digits);
      BigDecimal t2 = t.multiply(t, digits);
      BigDecimal term = t;
      BigDecimal sum = BigDecimal.ZERO;
      for (int n = 1; n < 80 && term.signum() != 0; n += 2) {
        sum = sum.add(term.divide(BigDecimal.valueOf(n), digits), digits);
        term = term.multiply(t2, digits);
        if (term.abs().compareTo(negligible) < 0) {
          break;
        }
      }
      BigDecimal ln = sum.multiply(BigDecimal.valueOf(2), digits);
      ONE_OVER_C[j] = LOG_STEPS / (double) j;
      LN_C[j] = ln.doubleValue();
      LN_C_REST[j] = ln.subtract(new BigDecimal(LN_C[j])).doubleValue();
    }
  }

  private DeterministicMath() {}

  /** {@code e^x}, within one unit in the last place; NaN for NaN, 0 and ∞ at the ends. */
  public static double exp(double x) {
    if (!(x <= EXP_OVERFLOW)) {
      return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
    }
    if (x < EXP_UNDERFLOW) {
      return 0.0;
    }
    // Round to the nearest integer, ties to even, as Math.rint does but without its call: adding
    // and taking away 1.5·2^52 leaves no fraction (|x·256/ln 2| < 2^19).
    double n = (x * EXP_SCALE + ROUNDER) - ROUNDER;
    // r = x − n·ln2/256, with n·LN2_HIGH exact: the reduction loses nothing.
    double r = (x - n * LN2_HIGH) - n * LN2_LOW;
    long k = (long) n;
    int j = (int) (k & (EXP_SIZE - 1));
    long power = k >> EXP_BITS;
    double p =
        r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720)))));
    double mantissa = TWO_TO_J[j] + (TWO_TO_J_REST[j] + TWO_TO_J[j] * p);
    if (power > 1023) {
      // Just below the overflow n/256 reaches 1024 while e^r < 1: 2^1024 is no double, so scale by
      // 2 and 2^1023 (both exact until the product's own rounding).
      return mantissa * 2.0 * 0x1p1023;
    }
    if (power >= -1021) {
      return mantissa * Double.longBitsToDouble((power + 1023) << 52);
    }
    // A subnormal result: scale in two steps so no intermediate underflows early.
    return mantissa * Double.longBitsToDouble((power + 1023 + 64) << 52) * 0x1p-64;
  }

  /** {@code ln x}, within one unit in the last place; NaN below 0 and for NaN, −∞ at 0, ∞ at ∞. */
  public static double log(double x) {
    if (!(x > 0.0 && x < Double.POSITIVE_INFINITY)) {
      if (x == 0.0) {
        return Double.NEGATIVE_INFINITY;
      }
      return x == Double.POSITIVE_INFINITY ? x : Double.NaN;
    }
    long bits = Double.doubleToRawLongBits(x);
    int exponent = (int) (bits >>> 52) - 1023;
    if (exponent == -1023) {
      // Subnormal: normalise by 2^64 first.
      bits = Double.doubleToRawLongBits(x * 0x1p64);
      exponent = (int) (bits >>> 52) - 1023 - 64;
    }
    double m = Double.longBitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
    // m in [1/√2, √2): near 1, k·ln 2 and ln c do not cancel, and c = 1 gives the series alone.
    if (m > SQRT_2) {
      m *= 0.5;
      exponent++;
    }
    int j = (int) ((m * LOG_STEPS + ROUNDER) - ROUNDER);
    double c = j / (double) LOG_STEPS;
    // m − c is exact (c/2 ≤ m ≤ 2c); r = (m − c)·(1/c) without a division, whose latency would
    // lead the geometric skips' chain: |r| ≤ 1/(256·0.7).
    double r = (m - c) * ONE_OVER_C[j];
    // ln(1 + r) = r − r²/2 + r³/3 − … − r⁸/8; the next term is below 10⁻²¹ of r.
    double tail =
        r
            * r
            * (-0.5
                + r
                    * (1.0 / 3
                        + r * (-0.25 + r * (0.2 + r * (-1.0 / 6 + r * (1.0 / 7 - r * 0.125))))));
    return exponent * LN2_WHOLE_HIGH
        + (LN_C[j] + (exponent * LN2_WHOLE_LOW + LN_C_REST[j] + tail + r));
  }
}
