package org.anxin.simulator.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * The deterministic exponential and logarithm against {@link StrictMath} (fdlibm, within one ulp of
 * the truth) and, where decimal arithmetic can give the truth itself, against that: a square root
 * chain for powers of two, a series for the logarithm near 1.
 */
class DeterministicMathTest {

  private static double ulpsApart(double value, double reference) {
    return Math.abs(value - reference) / Math.ulp(reference);
  }

  @Test
  void theExponentialIsWithinOneUlpOfStrictMathOverItsWholeRange() {
    qt().withExamples(20_000)
        .forAll(doubles().between(-745.0, 709.78))
        .checkAssert(
            x -> {
              double strict = StrictMath.exp(x);
              if (strict >= Double.MIN_NORMAL) {
                assertTrue(ulpsApart(DeterministicMath.exp(x), strict) <= 1.0, "exp " + x);
              } else {
                // Subnormal results: one unit of the smallest subnormal.
                assertTrue(Math.abs(DeterministicMath.exp(x) - strict) <= Double.MIN_VALUE);
              }
            });
  }

  /** Just below the overflow, e^x is finite (up to Double.MAX_VALUE) though n/256 reaches 1024. */
  @Test
  void theExponentialJustBelowItsOverflowIsFinite() {
    qt().withExamples(5_000)
        .forAll(doubles().between(709.78, 709.782712893384))
        .checkAssert(
            x -> {
              double strict = StrictMath.exp(x);
              double exp = DeterministicMath.exp(x);
              assertTrue(ulpsApart(exp, strict) <= 1.0, "exp " + x + " = " + exp + ", " + strict);
            });
    assertTrue(ulpsApart(DeterministicMath.exp(709.782), StrictMath.exp(709.782)) <= 1.0);
  }

  @Test
  void theExponentialOfTheSamplersRangeIsWithinOneUlpToo() {
    qt().withExamples(20_000)
        .forAll(doubles().between(-40.0, 40.0))
        .checkAssert(
            x -> assertTrue(ulpsApart(DeterministicMath.exp(x), StrictMath.exp(x)) <= 1.0));
  }

  @Test
  void theLogarithmIsWithinOneUlpOfStrictMath() {
    qt().withExamples(20_000)
        .forAll(doubles().between(-700, 700))
        .checkAssert(
            e -> {
              double x = StrictMath.exp(e);
              double strict = StrictMath.log(x);
              assertTrue(ulpsApart(DeterministicMath.log(x), strict) <= 1.0, "log " + x);
            });
    qt().withExamples(20_000)
        .forAll(doubles().between(Double.MIN_VALUE, 1.0))
        .checkAssert(
            u ->
                assertTrue(
                    ulpsApart(DeterministicMath.log(u), StrictMath.log(u)) <= 1.0, "log " + u));
  }

  /** Near 1 the logarithm is tiny and must keep its relative accuracy (no k·ln 2 cancellation). */
  @Test
  void theLogarithmNearOneKeepsItsRelativeAccuracy() {
    qt().withExamples(5_000)
        .forAll(doubles().between(-1e-3, 1e-3))
        .checkAssert(
            h -> {
              double x = 1.0 + h;
              BigDecimal d = new BigDecimal(x).subtract(BigDecimal.ONE);
              // ln(1 + d) = d − d²/2 + d³/3 − …, |d| ≤ 1e-3: 12 terms are past 40 digits.
              MathContext digits = new MathContext(40);
              BigDecimal sum = BigDecimal.ZERO;
              BigDecimal power = d;
              for (int n = 1; n <= 14; n++) {
                BigDecimal term = power.divide(BigDecimal.valueOf(n), digits);
                sum = n % 2 == 1 ? sum.add(term, digits) : sum.subtract(term, digits);
                power = power.multiply(d, digits);
              }
              double truth = sum.doubleValue();
              if (truth != 0) {
                assertTrue(ulpsApart(DeterministicMath.log(x), truth) <= 1.0, "log " + x);
              }
            });
  }

  /** 2^(k/256) in decimal arithmetic: the exponential's table points are correctly rounded. */
  @Test
  void theExponentialAtItsTablePointsIsCorrectlyRounded() {
    MathContext digits = new MathContext(40);
    BigDecimal root = BigDecimal.valueOf(2);
    for (int i = 0; i < 8; i++) {
      root = root.sqrt(digits);
    }
    BigDecimal power = BigDecimal.ONE;
    for (int k = 0; k < 256; k++) {
      double x = k * (0.6931471805599453 / 256);
      // e^x for the double x, not for k·ln2/256: correct by the derivative, e^x·(x − k·ln2/256).
      BigDecimal ln2Over256 =
          new BigDecimal("0.6931471805599453094172321214581765680755")
              .divide(BigDecimal.valueOf(256), digits);
      BigDecimal offset = new BigDecimal(x).subtract(ln2Over256.multiply(BigDecimal.valueOf(k)));
      BigDecimal truth = power.add(power.multiply(offset, digits), digits);
      assertTrue(
          ulpsApart(DeterministicMath.exp(x), truth.doubleValue()) <= 0.5 + 1e-9, "exp at " + k);
      power = power.multiply(root, digits);
    }
  }

  @Test
  void theEndsAndSpecialValuesAreThoseOfStrictMath() {
    double[] xs = {
      0.0,
      -0.0,
      1.0,
      -1.0,
      709.78,
      709.79,
      1000,
      -745.0,
      -745.2,
      -1000,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.NaN,
      Double.MIN_VALUE
    };
    for (double x : xs) {
      double expected = StrictMath.exp(x);
      double actual = DeterministicMath.exp(x);
      if (Double.isNaN(expected) || Double.isInfinite(expected) || expected == 0 || x == 0) {
        assertEquals(expected, actual, "exp " + x);
      }
    }
    double[] ys = {
      1.0,
      0.0,
      -0.0,
      -1.0,
      Double.MIN_VALUE,
      Double.MIN_NORMAL,
      Double.MAX_VALUE,
      Double.POSITIVE_INFINITY,
      Double.NaN,
      2.0,
      0.5
    };
    for (double y : ys) {
      double expected = StrictMath.log(y);
      double actual = DeterministicMath.log(y);
      if (Double.isNaN(expected) || Double.isInfinite(expected) || y == 1.0) {
        assertEquals(expected, actual, "log " + y);
      } else {
        assertTrue(ulpsApart(actual, expected) <= 1.0, "log " + y);
      }
    }
  }
}
