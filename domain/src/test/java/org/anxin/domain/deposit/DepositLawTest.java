package org.anxin.domain.deposit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.anxin.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DepositLawTest {

  /** Prices from 1 fen to 100 billion yuan, with small ones that make the cap bite. */
  static Gen<Long> prices() {
    return longs().between(1, 10_000_000_000_000L).mix(longs().between(1, 10_000), 30);
  }

  /** Deposits from 0 to far above any cap. */
  static Gen<Long> deposits() {
    return longs().between(0, 10_000_000_000_000L).mix(longs().between(0, 10_000), 30);
  }

  static Gen<Fault> faults() {
    return arbitrary().enumValues(Fault.class);
  }

  static long exactCap(long price) {
    return BigInteger.valueOf(price)
        .multiply(BigInteger.valueOf(20))
        .divide(BigInteger.valueOf(100))
        .longValueExact();
  }

  @Test
  void theCapIsTwentyPercentRoundedDown() {
    assertEquals(60_000_000L, DepositLaw.capFen(300_000_000L));
    assertEquals(0L, DepositLaw.capFen(4L));
    assertEquals(1L, DepositLaw.capFen(5L));
    assertEquals(1L, DepositLaw.capFen(9L));
    assertEquals(2L, DepositLaw.capFen(10L));
    assertEquals(20, DepositLaw.CAP_PERCENT);
  }

  @Test
  void theFaultTableOfTheLaw() {
    // Price 1,000,000.00, deposit 300,000.00: legal 200,000.00, excess 100,000.00.
    long price = 100_000_000L;
    long paid = 30_000_000L;
    assertEquals(20_000_000L, DepositLaw.legalDepositFen(price, paid));
    assertEquals(10_000_000L, DepositLaw.excessFen(price, paid));
    assertEquals(10_000_000L, DepositLaw.refundFen(Fault.PAYER, price, paid));
    assertEquals(50_000_000L, DepositLaw.refundFen(Fault.RECEIVER, price, paid));
    assertEquals(30_000_000L, DepositLaw.refundFen(Fault.NOBODY, price, paid));
    assertEquals(20_000_000L, DepositLaw.forfeitedFen(Fault.PAYER, price, paid));
    assertEquals(0L, DepositLaw.forfeitedFen(Fault.RECEIVER, price, paid));
    assertEquals(0L, DepositLaw.forfeitedFen(Fault.NOBODY, price, paid));
    for (DepositKind kind : List.of(DepositKind.ADVANCE_PAYMENT, DepositKind.INTENT_MONEY)) {
      assertEquals(paid, DepositLaw.refundFen(kind, Fault.PAYER, price, paid));
      assertEquals(paid, DepositLaw.refundFen(kind, Fault.RECEIVER, price, paid));
    }
    assertEquals(10_000_000L, DepositLaw.refundFen(DepositKind.EARNEST, Fault.PAYER, price, paid));
  }

  @Test
  void onlyEarnestMoneyHasAPenaltyEffect() {
    assertTrue(DepositKind.EARNEST.hasPenaltyEffect());
    assertFalse(DepositKind.ADVANCE_PAYMENT.hasPenaltyEffect());
    assertFalse(DepositKind.INTENT_MONEY.hasPenaltyEffect());
    assertFalse(DepositKind.SECURITY_DEPOSIT.hasPenaltyEffect());
    assertEquals("定金", DepositKind.EARNEST.chineseName());
    assertEquals("订金", DepositKind.ADVANCE_PAYMENT.chineseName());
    assertEquals("意向金", DepositKind.INTENT_MONEY.chineseName());
  }

  @Test
  void negativeInputsAreRejectedNamingTheField() {
    InvalidInputException price =
        assertThrows(InvalidInputException.class, () -> DepositLaw.capFen(-1));
    assertEquals("priceFen", price.field());
    assertEquals("-0.01", price.value());
    assertEquals(
        "paidFen",
        assertThrows(InvalidInputException.class, () -> DepositLaw.legalDepositFen(1, -1)).field());
    assertEquals(
        "paidFen",
        assertThrows(
                InvalidInputException.class,
                () -> DepositLaw.refundFen(DepositKind.INTENT_MONEY, Fault.NOBODY, 1, -1))
            .field());
    assertEquals(
        "heldFen",
        assertThrows(
                InvalidInputException.class,
                () ->
                    DepositLaw.settleShares(
                        DepositKind.EARNEST, Fault.PAYER, 100, new long[] {5, -1}))
            .field());
    assertThrows(IllegalArgumentException.class, () -> DepositLaw.apportion(5, new long[] {0}));
    assertEquals(
        "totalFen",
        assertThrows(InvalidInputException.class, () -> DepositLaw.apportion(-1, new long[] {1}))
            .field());
    assertThrows(IllegalArgumentException.class, () -> DepositLaw.apportion(5, new long[] {-1, 2}));
  }

  @Test
  void apportionGivesTheOddFenToTheLargestRemainders() {
    assertArrayEquals(new long[] {34, 33, 33}, DepositLaw.apportion(100, new long[] {1, 1, 1}));
    assertArrayEquals(new long[] {1, 2}, DepositLaw.apportion(3, new long[] {1, 2}));
    assertArrayEquals(
        new long[] {0, 1}, DepositLaw.apportion(1, new long[] {1, 2}), "the larger remainder");
    assertArrayEquals(
        new long[] {1, 1, 2}, DepositLaw.apportion(4, new long[] {1, 2, 3}), "2/3 beats 1/3");
    assertArrayEquals(new long[] {0, 0}, DepositLaw.apportion(0, new long[] {0, 0}));
    assertArrayEquals(new long[] {0, 7}, DepositLaw.apportion(7, new long[] {0, 3}));
    assertArrayEquals(
        new long[] {4, 3}, DepositLaw.apportion(7, new long[] {1, 1}), "ties: earlier index");
  }

  @Test
  void theLegalDepositNeverExceedsTheCapAndTheExcessAlwaysComesBack() {
    qt().forAll(prices(), deposits(), faults())
        .checkAssert(
            (price, paid, fault) -> {
              long legal = DepositLaw.legalDepositFen(price, paid);
              long excess = DepositLaw.excessFen(price, paid);
              long refund = DepositLaw.refundFen(fault, price, paid);
              assertTrue(legal <= exactCap(price), "legal ≤ 20 % of the price");
              assertTrue(legal <= paid && legal >= 0);
              assertEquals(paid, legal + excess);
              assertEquals(legal == paid ? 0 : paid - exactCap(price), excess);
              assertTrue(refund >= excess, "the excess always comes back");
              long expected =
                  switch (fault) {
                    case PAYER -> excess;
                    case RECEIVER -> 2 * legal + excess;
                    case NOBODY -> paid;
                  };
              assertEquals(expected, refund);
              assertEquals(
                  fault == Fault.PAYER ? legal : 0, DepositLaw.forfeitedFen(fault, price, paid));
              for (DepositKind kind : DepositKind.values()) {
                long r = DepositLaw.refundFen(kind, fault, price, paid);
                assertEquals(kind.hasPenaltyEffect() ? refund : paid, r);
              }
            });
  }

  @Test
  void sharedDepositsSettleLikeOneDeposit() {
    qt().forAll(prices(), lists().of(deposits()).ofSizeBetween(1, 6), faults())
        .checkAssert(
            (price, heldList, fault) -> {
              long[] held = heldList.stream().mapToLong(Long::longValue).toArray();
              long paid = Arrays.stream(held).sum();
              long[] refunds = DepositLaw.settleShares(DepositKind.EARNEST, fault, price, held);
              assertEquals(DepositLaw.refundFen(fault, price, paid), Arrays.stream(refunds).sum());
              long[] legal = DepositLaw.apportion(DepositLaw.legalDepositFen(price, paid), held);
              for (int i = 0; i < held.length; i++) {
                assertTrue(refunds[i] >= held[i] - legal[i], "each holder returns its excess");
                assertTrue(refunds[i] >= 0);
                switch (fault) {
                  case PAYER -> assertTrue(refunds[i] <= held[i]);
                  case RECEIVER -> assertTrue(refunds[i] >= held[i] && refunds[i] <= 2 * held[i]);
                  case NOBODY -> assertEquals(held[i], refunds[i]);
                }
              }
              assertArrayEquals(
                  held,
                  DepositLaw.settleShares(DepositKind.ADVANCE_PAYMENT, fault, price, held),
                  "no penalty effect: every share comes back as it was");
            });
  }

  @Test
  void apportionIsExactAndFair() {
    qt().forAll(
            longs().between(0, 10_000_000_000_000L),
            lists().of(longs().between(0, 10_000_000_000_000L)).ofSizeBetween(1, 8))
        .assuming((total, weights) -> total == 0 || weights.stream().anyMatch(w -> w > 0))
        .checkAssert(
            (total, weightList) -> {
              long[] weights = weightList.stream().mapToLong(Long::longValue).toArray();
              long[] parts = DepositLaw.apportion(total, weights);
              assertEquals(total, Arrays.stream(parts).sum());
              BigInteger sum = BigInteger.valueOf(Arrays.stream(weights).sum());
              if (sum.signum() == 0) {
                assertArrayEquals(new long[weights.length], parts);
                return;
              }
              for (int i = 0; i < parts.length; i++) {
                // |part × Σw − total × w| < Σw: never a whole fen away from the exact share.
                BigInteger diff =
                    BigInteger.valueOf(parts[i])
                        .multiply(sum)
                        .subtract(
                            BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i])))
                        .abs();
                assertTrue(diff.compareTo(sum) < 0, "part " + i);
              }
            });
  }
}
