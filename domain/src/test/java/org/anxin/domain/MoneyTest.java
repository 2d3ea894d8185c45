package org.anxin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MoneyTest {

  static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** Every long, with the realistic range and the edges well represented. */
  static Gen<Long> amounts() {
    return longs()
        .all()
        .mix(longs().between(-10_000_000_000_000L, 10_000_000_000_000L), 50)
        .mix(longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE), 10)
        .mix(longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 1000), 10);
  }

  /** The exact result if it fits in a long; otherwise the operation must throw. */
  static void assertExact(BigInteger exact, Supplier<Money> operation) {
    if (exact.compareTo(MIN) >= 0 && exact.compareTo(MAX) <= 0) {
      assertEquals(exact.longValueExact(), operation.get().fen());
    } else {
      assertThrows(ArithmeticException.class, operation::get);
    }
  }

  @Test
  void parsesAndFormatsYuan() {
    assertEquals(6_384_000L, Money.parse("63840").fen());
    assertEquals("63840.00", Money.parse("63840.0").toString());
    assertEquals("-0.05", Money.ofFen(-5).toString());
    assertEquals(1_250L, Money.parse(" 12.5 ").fen());
    assertEquals(Money.ZERO, Money.ofFen(0));
  }

  @Test
  void rejectsMalformedAmountNamingTheField() {
    for (String bad : new String[] {"1,000", "1e3", "¥5", "1.234", "", " ", "12.", ".5", "--1"}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> Money.parse("price", bad), bad);
      assertEquals("price", e.field());
      assertEquals(bad, e.value());
      assertTrue(e.getMessage().startsWith("price: "), e.getMessage());
    }
    assertEquals(
        "amount", assertThrows(InvalidInputException.class, () -> Money.parse(null)).field());
  }

  @Test
  void rejectsAmountsBeyondALong() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> Money.parse("price", "99999999999999999.99"));
    assertEquals("price", e.field());
    assertTrue(e.getMessage().contains("too large"));
  }

  @Test
  void formatsFractionalFenHalfEven() {
    assertEquals("0.00", Money.format(new BigDecimal("0.5")));
    assertEquals("0.02", Money.format(new BigDecimal("1.5")));
    assertEquals("-0.02", Money.format(new BigDecimal("-2.5")));
    assertEquals("100.00", Money.format(new BigDecimal("10000")));
  }

  @Test
  void comparisonsAndSigns() {
    Money one = Money.ofFen(1);
    Money minusOne = Money.ofFen(-1);
    assertEquals(minusOne, one.min(minusOne));
    assertEquals(one, one.max(minusOne));
    assertEquals(one, one.min(one));
    assertEquals(Money.ZERO, minusOne.atLeastZero());
    assertEquals(one, one.atLeastZero());
    assertTrue(minusOne.isNegative() && !Money.ZERO.isNegative());
    assertTrue(one.isPositive() && !Money.ZERO.isPositive());
    assertTrue(Money.ZERO.isZero() && !one.isZero());
    assertTrue(one.compareTo(minusOne) > 0);
  }

  @Test
  void arithmeticIsExactOrThrows() {
    qt().forAll(amounts(), amounts())
        .checkAssert(
            (a, b) -> {
              BigInteger x = BigInteger.valueOf(a);
              BigInteger y = BigInteger.valueOf(b);
              assertExact(x.add(y), () -> Money.ofFen(a).plus(Money.ofFen(b)));
              assertExact(x.subtract(y), () -> Money.ofFen(a).minus(Money.ofFen(b)));
              assertExact(x.multiply(y), () -> Money.ofFen(a).times(b));
              assertExact(x.negate(), () -> Money.ofFen(a).negate());
              assertExact(x.multiply(BigInteger.valueOf(100)), () -> Money.ofYuan(a));
              assertExact(x.add(y), () -> Money.ofFen(Money.addExact(a, b)));
            });
  }

  @Test
  void percentOfIsTheExactFloor() {
    qt().forAll(amounts(), integers().between(0, 100))
        .checkAssert(
            (a, p) -> {
              BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(p));
              BigInteger[] qr = product.divideAndRemainder(BigInteger.valueOf(100));
              BigInteger floor = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
              if (product.compareTo(MIN) >= 0 && product.compareTo(MAX) <= 0) {
                assertEquals(floor.longValueExact(), Money.percentOf(a, p));
              } else {
                assertThrows(ArithmeticException.class, () -> Money.percentOf(a, p));
              }
            });
  }

  @Test
  void formatThenParseGivesTheSameAmount() {
    qt().forAll(amounts())
        .checkAssert(
            fen -> {
              String text = Money.format(fen);
              assertEquals(fen, Money.parse("amount", text).fen(), text);
              assertEquals(
                  new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY),
                  BigDecimal.valueOf(fen, 2));
            });
  }
}
