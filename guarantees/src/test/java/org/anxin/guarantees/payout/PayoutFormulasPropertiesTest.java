package org.anxin.guarantees.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anxin.guarantees.catalog.Terms;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties every payout formula keeps over generated inputs: never negative, never above the cap,
 * the same result for the same inputs, and agreement with an exact (BigInteger) oracle of the rule
 * in DESIGN.md, so that no overflow or rounding slips in.
 */
class PayoutFormulasPropertiesTest {

  /** A formula under test, fed four amounts, a flag and a cap. */
  @FunctionalInterface
  private interface Formula {
    long pay(long a, long b, long c, long d, boolean flag, long cap);
  }

  /** Every formula, by name; unused inputs are ignored. */
  private static final Map<String, Formula> FORMULAS = new LinkedHashMap<>();

  static {
    FORMULAS.put("trueListing", (a, b, c, d, f, cap) -> PayoutFormulas.trueListing(a, b, cap));
    FORMULAS.put("noColdCalls", (a, b, c, d, f, cap) -> PayoutFormulas.noColdCalls(a, b, cap));
    FORMULAS.put(
        "preSigningSeizure", (a, b, c, d, f, cap) -> PayoutFormulas.preSigningSeizure(a, b, cap));
    FORMULAS.put(
        "swapCancellation", (a, b, c, d, f, cap) -> PayoutFormulas.swapCancellation(a, b, cap));
    FORMULAS.put(
        "fundsSafety", (a, b, c, d, f, cap) -> PayoutFormulas.fundsSafety(a, b, c, d, cap));
    FORMULAS.put(
        "commissionRefund", (a, b, c, d, f, cap) -> PayoutFormulas.commissionRefund(f, a, cap));
    FORMULAS.put("taxEstimate", (a, b, c, d, f, cap) -> PayoutFormulas.taxEstimate(a, b, cap));
    FORMULAS.put("loanRefusal", (a, b, c, d, f, cap) -> PayoutFormulas.loanRefusal(f, a, cap));
    FORMULAS.put("feeArrears", (a, b, c, d, f, cap) -> PayoutFormulas.feeArrears(a, b, cap));
    FORMULAS.put("hukouNotMoved", (a, b, c, d, f, cap) -> PayoutFormulas.hukouNotMoved(a, b, cap));
    FORMULAS.put("leakWarranty", (a, b, c, d, f, cap) -> PayoutFormulas.leakWarranty(a, cap));
    FORMULAS.put("stigmatizedHome", (a, b, c, d, f, cap) -> PayoutFormulas.stigmatizedHome(a, cap));
    FORMULAS.put("radiation", (a, b, c, d, f, cap) -> PayoutFormulas.radiation(a, cap));
    FORMULAS.put("newHomePrice", (a, b, c, d, f, cap) -> PayoutFormulas.newHomePrice(a, b, cap));
    FORMULAS.put(
        "newHomeSubscription",
        (a, b, c, d, f, cap) -> PayoutFormulas.newHomeSubscription(a, b, cap));
    FORMULAS.put(
        "rentalDeposit", (a, b, c, d, f, cap) -> PayoutFormulas.rentalDeposit(a, b, c, cap));
    FORMULAS.put("rentalLeak", (a, b, c, d, f, cap) -> PayoutFormulas.rentalLeak(a, b, cap));
    FORMULAS.put("rentalSwitch", (a, b, c, d, f, cap) -> PayoutFormulas.rentalSwitch(a, cap));
    // buyBackLoss has no cap of its own: it is bounded by the price paid.
    FORMULAS.put(
        "buyBackLoss", (a, b, c, d, f, cap) -> Math.min(PayoutFormulas.buyBackLoss(a, b), cap));
  }

  /** Amounts: mostly realistic (up to 100 million yuan), sometimes anywhere up to the maximum. */
  private static Gen<Long> amounts() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(2, Generate.constant(0L)),
        org.quicktheories.api.Pair.of(10, longs().between(0, 10_000_000_000L)),
        org.quicktheories.api.Pair.of(3, longs().between(0, Long.MAX_VALUE)));
  }

  /** Caps: none, nothing, or an amount. */
  private static Gen<Long> caps() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(2, Generate.constant(Terms.NO_CAP)),
        org.quicktheories.api.Pair.of(1, Generate.constant(0L)),
        org.quicktheories.api.Pair.of(10, longs().between(0, 10_000_000_000L)),
        org.quicktheories.api.Pair.of(2, longs().between(0, Long.MAX_VALUE)));
  }

  private static Gen<long[]> inputs() {
    return amounts().zip(amounts(), amounts(), amounts(), (a, b, c, d) -> new long[] {a, b, c, d});
  }

  @Test
  void noPayoutIsNegativeOrAboveItsCapAndTheSameInputsGiveTheSameResult() {
    qt().forAll(inputs(), booleans().all(), caps())
        .checkAssert(
            (in, flag, cap) -> {
              for (Map.Entry<String, Formula> e : FORMULAS.entrySet()) {
                long paid = e.getValue().pay(in[0], in[1], in[2], in[3], flag, cap);
                assertTrue(paid >= 0, e.getKey() + " paid " + paid);
                assertTrue(paid <= cap, e.getKey() + " paid " + paid + " above cap " + cap);
                assertEquals(
                    paid,
                    e.getValue().pay(in[0], in[1], in[2], in[3], flag, cap),
                    e.getKey() + " is not deterministic");
              }
            });
  }

  @Test
  void raisingTheCapNeverLowersAPayout() {
    qt().forAll(inputs(), booleans().all(), caps(), caps())
        .checkAssert(
            (in, flag, cap1, cap2) -> {
              long low = Math.min(cap1, cap2);
              long high = Math.max(cap1, cap2);
              for (Map.Entry<String, Formula> e : FORMULAS.entrySet()) {
                Formula f = e.getValue();
                assertTrue(
                    f.pay(in[0], in[1], in[2], in[3], flag, low)
                        <= f.pay(in[0], in[1], in[2], in[3], flag, high),
                    e.getKey());
              }
            });
  }

  @Test
  void differencesAgreeWithTheExactRule() {
    // owed − settled, never below 0, never above the cap (DESIGN.md §4 and §5).
    qt().forAll(amounts(), amounts(), caps())
        .checkAssert(
            (owed, settled, cap) -> {
              long expected =
                  exact(BigInteger.valueOf(owed).subtract(BigInteger.valueOf(settled)), cap);
              assertEquals(expected, PayoutFormulas.swapCancellation(owed, settled, cap));
              assertEquals(expected, PayoutFormulas.preSigningSeizure(owed, settled, cap));
              assertEquals(expected, PayoutFormulas.feeArrears(owed, settled, cap));
              assertEquals(expected, PayoutFormulas.hukouNotMoved(owed, settled, cap));
              assertEquals(expected, PayoutFormulas.newHomePrice(owed, settled, cap));
              assertEquals(expected, PayoutFormulas.newHomeSubscription(owed, settled, cap));
              assertEquals(expected, PayoutFormulas.taxEstimate(settled, owed, cap));
              assertEquals(
                  exact(
                      BigInteger.valueOf(owed).subtract(BigInteger.valueOf(settled)),
                      Long.MAX_VALUE),
                  PayoutFormulas.buyBackLoss(owed, settled));
            });
  }

  @Test
  void productsAndSumsAgreeWithTheExactRule() {
    qt().forAll(inputs(), caps())
        .checkAssert(
            (in, cap) -> {
              BigInteger a = BigInteger.valueOf(in[0]);
              BigInteger b = BigInteger.valueOf(in[1]);
              BigInteger c = BigInteger.valueOf(in[2]);
              BigInteger d = BigInteger.valueOf(in[3]);
              assertEquals(
                  exact(a.multiply(b), cap), PayoutFormulas.trueListing(in[0], in[1], cap));
              assertEquals(exact(a.multiply(b), cap), PayoutFormulas.rentalLeak(in[0], in[1], cap));
              assertEquals(
                  exact(a.subtract(b.add(c)), cap),
                  PayoutFormulas.rentalDeposit(in[0], in[1], in[2], cap));
              BigInteger unrefunded = a.subtract(b).max(BigInteger.ZERO);
              BigInteger litigation = c.min(d);
              assertEquals(
                  exact(unrefunded.add(litigation), cap),
                  PayoutFormulas.fundsSafety(in[0], in[1], in[2], in[3], cap));
            });
  }

  @Test
  void flagsDecideBetweenNothingAndTheCappedAmount() {
    qt().forAll(amounts(), caps())
        .checkAssert(
            (amount, cap) -> {
              assertEquals(0, PayoutFormulas.loanRefusal(true, amount, cap));
              assertEquals(Math.min(amount, cap), PayoutFormulas.loanRefusal(false, amount, cap));
              assertEquals(0, PayoutFormulas.commissionRefund(true, amount, cap));
              assertEquals(
                  Math.min(amount, cap), PayoutFormulas.commissionRefund(false, amount, cap));
            });
  }

  @Test
  void dailyRentIsTheFloorOfTwelveMonthsOver365Days() {
    qt().forAll(amounts())
        .checkAssert(
            monthly ->
                assertEquals(
                    BigInteger.valueOf(monthly)
                        .multiply(BigInteger.valueOf(12))
                        .divide(BigInteger.valueOf(365))
                        .longValueExact(),
                    PayoutFormulas.dailyRent(monthly)));
  }

  /** The exact value clamped to [0, cap]. */
  private static long exact(BigInteger value, long cap) {
    return value.max(BigInteger.ZERO).min(BigInteger.valueOf(cap)).longValueExact();
  }
}
