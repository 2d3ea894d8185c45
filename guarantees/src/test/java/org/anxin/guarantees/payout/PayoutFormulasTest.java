package org.anxin.guarantees.payout;

import static org.anxin.guarantees.catalog.Terms.NO_CAP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One or more worked examples per guarantee; amounts in yuan are converted with {@link #y}. */
class PayoutFormulasTest {

  /** Whole yuan in fen. */
  private static long y(long yuan) {
    return yuan * 100;
  }

  @Nested
  class CanonicalCases {

    @Test
    void swapCancellationPaysZhouTheDepositDifference() {
      // Forfeited 150,000 to Lin on the purchase, kept 100,000 from Tie on the broken sale.
      assertEquals(y(50_000), PayoutFormulas.swapCancellation(y(150_000), y(100_000), y(500_000)));
    }

    @Test
    void swapCancellationCountsAPenaltyPaidOnTheSaleAsNothingKept() {
      // The net kept on the broken sale is −50,000 (a penalty paid there): it counts as 0, so
      // the loss is the whole 150,000 forfeited, never 200,000.
      assertEquals(y(150_000), PayoutFormulas.swapCancellation(y(150_000), -y(50_000), y(500_000)));
      assertEquals(y(100_000), PayoutFormulas.swapCancellation(y(150_000), -1, y(100_000)));
    }

    @Test
    void swapCancellationPaysNothingWhenTheKeptDepositCoversTheForfeitedOne() {
      assertEquals(0, PayoutFormulas.swapCancellation(y(150_000), y(150_000), y(500_000)));
      assertEquals(0, PayoutFormulas.swapCancellation(y(100_000), y(150_000), y(500_000)));
    }

    @Test
    void seizureAdvancesWhatTheSecondCoOwnerHasNotRefunded() {
      // 200,000 paid, 100,000 to each co-owner; A refunded 100,000, B has not.
      assertEquals(
          y(100_000), PayoutFormulas.preSigningSeizure(y(200_000), y(100_000), y(1_000_000)));
    }

    @Test
    void seizureAdvancesNothingWhenBothCoOwnersRefunded() {
      assertEquals(0, PayoutFormulas.preSigningSeizure(y(200_000), y(200_000), y(1_000_000)));
    }

    @Test
    void arrearsAreAdvancedInFullWithoutAHoldback() {
      // 114 months at 560.00.
      long arrears = 114 * y(560);
      assertEquals(y(63_840), arrears);
      assertEquals(y(63_840), PayoutFormulas.feeArrears(arrears, 0, y(200_000)));
    }

    @Test
    void arrearsAboveAHoldbackOnly() {
      assertEquals(y(13_840), PayoutFormulas.feeArrears(y(63_840), y(50_000), y(200_000)));
      assertEquals(0, PayoutFormulas.feeArrears(y(63_840), y(63_840), y(200_000)));
      assertEquals(0, PayoutFormulas.feeArrears(y(20_000), y(50_000), y(200_000)));
    }

    @Test
    void loanRefusalPaysNothingWithALoanClause() {
      assertEquals(0, PayoutFormulas.loanRefusal(true, y(120_000), y(300_000)));
      assertEquals(y(120_000), PayoutFormulas.loanRefusal(false, y(120_000), y(300_000)));
    }
  }

  @Test
  void trueListingAndNoColdCallsPayAHundredYuanPerReportUpToTheCap() {
    assertEquals(y(100), PayoutFormulas.HUNDRED_YUAN_FEN);
    assertEquals(y(300), PayoutFormulas.trueListing(3, y(100), y(10_000)));
    assertEquals(0, PayoutFormulas.trueListing(0, y(100), y(10_000)));
    assertEquals(y(10_000), PayoutFormulas.trueListing(250, y(100), y(10_000)));
    assertEquals(y(700), PayoutFormulas.noColdCalls(7, y(100), y(10_000)));
    assertEquals(y(1_000), PayoutFormulas.noColdCalls(11, y(100), y(1_000)));
    assertEquals(Long.MAX_VALUE, PayoutFormulas.perReport(Long.MAX_VALUE, 2, NO_CAP));
  }

  @Test
  void swapCancellationIsCapped() {
    assertEquals(y(200_000), PayoutFormulas.swapCancellation(y(300_000), y(50_000), y(200_000)));
  }

  @Test
  void seizureAdvanceIsCapped() {
    assertEquals(y(80_000), PayoutFormulas.preSigningSeizure(y(200_000), 0, y(80_000)));
  }

  @Test
  void fundsSafetyAddsLitigationCostsUpToTheirCapInsideTheCap() {
    // 1,000,000 paid, 400,000 refunded, 30,000 of litigation (cap 50,000): 630,000.
    assertEquals(
        y(630_000),
        PayoutFormulas.fundsSafety(y(1_000_000), y(400_000), y(30_000), y(50_000), y(2_000_000)));
    // Litigation of 80,000 counts for 50,000.
    assertEquals(
        y(650_000),
        PayoutFormulas.fundsSafety(y(1_000_000), y(400_000), y(80_000), y(50_000), y(2_000_000)));
    // Fully refunded: only the litigation costs.
    assertEquals(
        y(30_000),
        PayoutFormulas.fundsSafety(y(1_000_000), y(1_000_000), y(30_000), y(50_000), y(2_000_000)));
    // The total is capped.
    assertEquals(
        y(600_000), PayoutFormulas.fundsSafety(y(1_000_000), 0, y(30_000), y(50_000), y(600_000)));
  }

  @Test
  void commissionRefundUnlessTheCustomerWasAtFault() {
    assertEquals(y(60_000), PayoutFormulas.commissionRefund(false, y(60_000), NO_CAP));
    assertEquals(0, PayoutFormulas.commissionRefund(true, y(60_000), NO_CAP));
    assertEquals(y(10_000), PayoutFormulas.commissionRefund(false, y(60_000), y(10_000)));
  }

  @Test
  void taxEstimatePaysActualAboveQuoted() {
    assertEquals(y(12_500), PayoutFormulas.taxEstimate(y(87_500), y(100_000), y(100_000)));
    assertEquals(0, PayoutFormulas.taxEstimate(y(100_000), y(87_500), y(100_000)));
    assertEquals(y(5_000), PayoutFormulas.taxEstimate(y(87_500), y(100_000), y(5_000)));
  }

  @Test
  void loanRefusalIsCapped() {
    assertEquals(y(300_000), PayoutFormulas.loanRefusal(false, y(800_000), y(300_000)));
  }

  @Test
  void feeArrearsIsCapped() {
    assertEquals(y(200_000), PayoutFormulas.feeArrears(y(260_000), y(20_000), y(200_000)));
  }

  @Test
  void hukouDamagesTheSellerHasNotPaid() {
    assertEquals(y(30_000), PayoutFormulas.hukouNotMoved(y(50_000), y(20_000), y(100_000)));
    assertEquals(0, PayoutFormulas.hukouNotMoved(y(50_000), y(50_000), y(100_000)));
    assertEquals(y(100_000), PayoutFormulas.hukouNotMoved(y(150_000), 0, y(100_000)));
  }

  @Test
  void leakRepairIsCapped() {
    assertEquals(y(4_200), PayoutFormulas.leakWarranty(y(4_200), y(10_000)));
    assertEquals(y(10_000), PayoutFormulas.leakWarranty(y(18_000), y(10_000)));
  }

  @Test
  void buyBacksPayThePriceAndCostWhatTheResaleDoesNotReturn() {
    assertEquals(y(4_000_000), PayoutFormulas.stigmatizedHome(y(4_000_000), NO_CAP));
    assertEquals(y(3_000_000), PayoutFormulas.radiation(y(3_000_000), NO_CAP));
    assertEquals(y(2_000_000), PayoutFormulas.buyBack(y(3_000_000), y(2_000_000)));
    // Bought back at 4,000,000 and resold at 3,200,000: a loss of 800,000 and no gain.
    assertEquals(y(800_000), PayoutFormulas.buyBackLoss(y(4_000_000), y(3_200_000)));
    assertEquals(0, PayoutFormulas.buyBackGain(y(4_000_000), y(3_200_000)));
    // Resold at 4,100,000: no loss, a gain of 100,000.
    assertEquals(0, PayoutFormulas.buyBackLoss(y(4_000_000), y(4_100_000)));
    assertEquals(y(100_000), PayoutFormulas.buyBackGain(y(4_000_000), y(4_100_000)));
  }

  @Test
  void newHomePriceDifference() {
    assertEquals(y(35_000), PayoutFormulas.newHomePrice(y(6_035_000), y(6_000_000), y(200_000)));
    assertEquals(0, PayoutFormulas.newHomePrice(y(5_990_000), y(6_000_000), y(200_000)));
    assertEquals(y(200_000), PayoutFormulas.newHomePrice(y(6_500_000), y(6_000_000), y(200_000)));
  }

  @Test
  void newHomeSubscriptionNotRefunded() {
    assertEquals(y(50_000), PayoutFormulas.newHomeSubscription(y(100_000), y(50_000), y(500_000)));
    assertEquals(0, PayoutFormulas.newHomeSubscription(y(100_000), y(100_000), y(500_000)));
    assertEquals(y(60_000), PayoutFormulas.newHomeSubscription(y(100_000), 0, y(60_000)));
  }

  @Test
  void rentalDepositWithheldWithoutCause() {
    // 12,000 deposit, 5,000 returned, 2,000 justified for a broken window: 5,000 withheld.
    assertEquals(y(5_000), PayoutFormulas.rentalDeposit(y(12_000), y(5_000), y(2_000), y(50_000)));
    assertEquals(0, PayoutFormulas.rentalDeposit(y(12_000), y(10_000), y(2_000), y(50_000)));
    assertEquals(0, PayoutFormulas.rentalDeposit(y(12_000), y(12_000), y(2_000), y(50_000)));
    assertEquals(y(3_000), PayoutFormulas.rentalDeposit(y(12_000), 0, 0, y(3_000)));
  }

  @Test
  void rentalLeakPaysDailyRentPerUnusableDay() {
    // Monthly rent 7,300.00 → daily rent floor(730,000 × 12 / 365) = 24,000 fen = 240.00.
    long daily = PayoutFormulas.dailyRent(y(7_300));
    assertEquals(y(240), daily);
    assertEquals(y(2_400), PayoutFormulas.rentalLeak(daily, 10, y(5_000)));
    assertEquals(y(5_000), PayoutFormulas.rentalLeak(daily, 30, y(5_000)));
    assertEquals(0, PayoutFormulas.rentalLeak(daily, 0, y(5_000)));
    assertEquals(Long.MAX_VALUE, PayoutFormulas.rentalLeak(Long.MAX_VALUE, 3, NO_CAP));
  }

  @Test
  void dailyRentRoundsDownWithoutOverflow() {
    assertEquals(0, PayoutFormulas.dailyRent(30)); // 360 / 365
    assertEquals(1, PayoutFormulas.dailyRent(31)); // 372 / 365
    assertEquals(12, PayoutFormulas.dailyRent(365));
    assertEquals(
        java.math.BigInteger.valueOf(Long.MAX_VALUE)
            .multiply(java.math.BigInteger.valueOf(12))
            .divide(java.math.BigInteger.valueOf(365))
            .longValueExact(),
        PayoutFormulas.dailyRent(Long.MAX_VALUE));
  }

  @Test
  void rentalSwitchWaivesTheReLettingCostUpToTheCap() {
    assertEquals(y(3_500), PayoutFormulas.rentalSwitch(y(3_500), y(10_000)));
    assertEquals(y(10_000), PayoutFormulas.rentalSwitch(y(13_500), y(10_000)));
  }

  @Test
  void aZeroCapPaysNothingAndNoCapPaysInFull() {
    assertEquals(0, PayoutFormulas.leakWarranty(y(4_200), 0));
    assertEquals(Long.MAX_VALUE - 1, PayoutFormulas.leakWarranty(Long.MAX_VALUE - 1, NO_CAP));
  }

  @Test
  void negativeInputsAndCapsAreBugs() {
    assertThrows(IllegalArgumentException.class, () -> PayoutFormulas.leakWarranty(-1, y(10)));
    assertThrows(IllegalArgumentException.class, () -> PayoutFormulas.leakWarranty(1, -1));
    assertThrows(
        IllegalArgumentException.class, () -> PayoutFormulas.swapCancellation(-1, 1, y(10)));
    assertThrows(IllegalArgumentException.class, () -> PayoutFormulas.loanRefusal(true, 1, -1));
    assertThrows(
        IllegalArgumentException.class, () -> PayoutFormulas.commissionRefund(true, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> PayoutFormulas.rentalLeak(1, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> PayoutFormulas.trueListing(-1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> PayoutFormulas.dailyRent(-1));
    assertThrows(IllegalArgumentException.class, () -> PayoutFormulas.rentalDeposit(1, 1, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> PayoutFormulas.fundsSafety(1, 1, -1, 1, 1));
  }
}
