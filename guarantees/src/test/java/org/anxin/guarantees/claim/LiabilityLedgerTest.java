package org.anxin.guarantees.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.anxin.domain.DealId;
import org.anxin.domain.PartyId;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.guarantees.payout.PayoutRules;
import org.junit.jupiter.api.Test;

class LiabilityLedgerTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final PayoutRules RULES = PayoutRules.of(CATALOG);

  private static long y(long yuan) {
    return yuan * 100;
  }

  private final LiabilityLedger ledger = new LiabilityLedger();

  private Claim payClaim(
      String id,
      GuaranteeCode code,
      String deal,
      String payee,
      LocalDate on,
      long fen,
      List<PartyId> recoverFrom) {
    ClaimId claimId = ClaimId.of(id);
    assertTrue(
        ledger.file(claimId, CATALOG.get(code), DealId.of(deal), PartyId.of(payee), on).isRight());
    assertTrue(ledger.assess(claimId, on, fen, recoverFrom).isRight());
    assertTrue(ledger.approve(claimId, on).isRight());
    return ledger.pay(claimId, on).get();
  }

  @Test
  void theThreeCanonicalCasesInOneBook() {
    payClaim(
        "swap",
        GuaranteeCode.SWAP_CANCELLATION,
        "zhou-lin",
        "Zhou",
        LocalDate.of(2020, 2, 19),
        RULES.swapCancellation(y(150_000), y(100_000)),
        List.of());
    payClaim(
        "seizure",
        GuaranteeCode.PRE_SIGNING_SEIZURE,
        "wu",
        "Wu",
        LocalDate.of(2021, 10, 14),
        RULES.preSigningSeizure(y(200_000), y(100_000)),
        List.of(PartyId.of("B")));
    payClaim(
        "arrears",
        GuaranteeCode.FEE_ARREARS,
        "dai",
        "Dai",
        LocalDate.of(2021, 8, 17),
        RULES.feeArrears(y(63_840), 0),
        List.of(PartyId.of("Dai")));

    LedgerTotals t = ledger.totals();
    assertEquals(y(50_000), t.compensationsFen());
    assertEquals(y(163_840), t.advancesFen());
    assertEquals(y(213_840), t.grossPaidFen());
    assertEquals(y(213_840), t.cashOutFen());
    assertEquals(y(163_840), t.advancesOutstandingFen());
    assertEquals(y(50_000), t.netCostFen());
    assertEquals(3, t.payouts());
    assertEquals(1, t.count(PayoutKind.COMPENSATION));
    assertEquals(2, t.count(PayoutKind.ADVANCE));
    assertTrue(t.balances());

    // B refunds on the promised date; Dai's litigation recovers half, the rest is written off.
    assertTrue(
        ledger.recover(ClaimId.of("seizure"), LocalDate.of(2022, 1, 31), y(100_000)).isRight());
    assertTrue(
        ledger.recover(ClaimId.of("arrears"), LocalDate.of(2023, 3, 1), y(31_920)).isRight());
    assertTrue(ledger.writeOff(ClaimId.of("arrears"), LocalDate.of(2024, 8, 17)).isRight());

    t = ledger.totals();
    assertEquals(y(131_920), t.recoveredFen());
    assertEquals(y(31_920), t.writtenOffFen());
    assertEquals(0, t.advancesOutstandingFen());
    assertEquals(y(81_920), t.netCostFen());
    assertEquals(y(213_840), t.grossPaidFen()); // recoveries do not undo payouts
    assertEquals(3, t.payouts());
    assertTrue(t.balances());

    assertEquals(y(50_000), ledger.totals(GuaranteeCode.SWAP_CANCELLATION).netCostFen());
    assertEquals(0, ledger.totals(GuaranteeCode.PRE_SIGNING_SEIZURE).netCostFen());
    assertEquals(y(31_920), ledger.totals(GuaranteeCode.FEE_ARREARS).netCostFen());
    assertEquals(LedgerTotals.ZERO, ledger.totals(GuaranteeCode.RADIATION));
  }

  @Test
  void refundsAreCashOutAndCostButNotPayouts() {
    payClaim(
        "refund",
        GuaranteeCode.COMMISSION_REFUND,
        "d1",
        "Qian",
        LocalDate.of(2022, 1, 1),
        y(60_000),
        List.of());
    LedgerTotals t = ledger.totals();
    assertEquals(y(60_000), t.cashOutFen());
    assertEquals(0, t.grossPaidFen());
    assertEquals(y(60_000), t.netCostFen());
    assertEquals(0, t.payouts());
    assertEquals(1, t.refunds());
    assertEquals(1, t.count(PayoutKind.REFUND));
    assertTrue(t.balances());
  }

  @Test
  void aBuyBackCostsWhatItsResaleDoesNotReturn() {
    payClaim(
        "bb1",
        GuaranteeCode.STIGMATIZED_HOME,
        "d1",
        "Sun",
        LocalDate.of(2022, 1, 1),
        y(4_000_000),
        List.of());
    payClaim(
        "bb2",
        GuaranteeCode.RADIATION,
        "d2",
        "Li",
        LocalDate.of(2022, 1, 1),
        y(3_000_000),
        List.of());
    LedgerTotals t = ledger.totals();
    assertEquals(y(7_000_000), t.buyBacksFen());
    assertEquals(y(7_000_000), t.buyBacksHeldFen());
    assertEquals(0, t.netCostFen());
    assertEquals(2, t.count(PayoutKind.BUYBACK));
    assertTrue(t.balances());

    assertTrue(ledger.resell(ClaimId.of("bb1"), LocalDate.of(2022, 6, 1), y(3_200_000)).isRight());
    assertTrue(ledger.resell(ClaimId.of("bb2"), LocalDate.of(2022, 6, 1), y(3_100_000)).isRight());
    t = ledger.totals();
    assertEquals(0, t.buyBacksHeldFen());
    assertEquals(y(800_000), t.buyBackLossesFen());
    assertEquals(y(100_000), t.buyBackGainsFen());
    assertEquals(y(800_000), t.netCostFen());
    assertEquals(y(6_300_000), t.cashInFen());
    assertEquals(2, t.payouts());
    assertTrue(t.balances());
  }

  @Test
  void refusedStepsLeaveTheBookAsItWas() {
    payClaim(
        "c1",
        GuaranteeCode.LEAK_WARRANTY,
        "d1",
        "Zhao",
        LocalDate.of(2022, 1, 1),
        y(4_000),
        List.of());
    LedgerTotals before = ledger.totals();
    List<Claim> claimsBefore = ledger.claims();
    assertTrue(ledger.pay(ClaimId.of("c1"), LocalDate.of(2022, 1, 2)).isLeft());
    assertTrue(ledger.recover(ClaimId.of("c1"), LocalDate.of(2022, 1, 2), 1).isLeft());
    assertEquals(
        "nope: no such claim",
        ledger.approve(ClaimId.of("nope"), LocalDate.of(2022, 1, 2)).getLeft().message());
    assertTrue(
        ledger
            .file(
                ClaimId.of("c1"),
                GuaranteeCode.LEAK_WARRANTY,
                PayoutKind.COMPENSATION,
                DealId.of("d"),
                PartyId.of("p"),
                LocalDate.of(2022, 1, 2))
            .getLeft()
            .message()
            .contains("already filed"));
    assertEquals(before, ledger.totals());
    assertEquals(claimsBefore, ledger.claims());
  }

  @Test
  void rejectedClaimsCostNothing() {
    ClaimId id = ClaimId.of("late");
    ledger.file(
        id,
        CATALOG.get(GuaranteeCode.SWAP_CANCELLATION),
        DealId.of("zhou-lin"),
        PartyId.of("Zhou"),
        LocalDate.of(2020, 4, 1));
    assertTrue(ledger.reject(id, LocalDate.of(2020, 4, 2), "not filed in time").isRight());
    assertEquals(LedgerTotals.ZERO, ledger.totals());
    assertEquals(ClaimStatus.REJECTED, ledger.claim(id).orElseThrow().status());
    assertEquals(1, ledger.claims().size());
  }

  @Test
  void theIdentitiesOnHandMadeTotals() {
    LedgerTotals t = new LedgerTotals(100, 200, 300, 40, 50, 60, 250, 70, 20, 0, 1, 2, 1, 1);
    assertEquals(640, t.cashOutFen());
    assertEquals(600, t.grossPaidFen());
    assertEquals(300, t.cashInFen());
    assertEquals(90, t.advancesOutstandingFen());
    assertEquals(270, t.netCostFen());
    assertEquals(4, t.payouts());
    // 640 − 300 = 340 = 270 − 20 + 90 + 0
    assertTrue(t.balances());
    LedgerTotals unbalanced =
        new LedgerTotals(100, 200, 300, 40, 50, 60, 250, 70, 20, 1, 1, 2, 1, 1);
    assertTrue(!unbalanced.balances());
    assertEquals(t, t.plus(unbalanced).minus(unbalanced));
    assertEquals(LedgerTotals.ZERO, t.minus(t));
    // Balanced sums with a negative figure are still wrong books.
    LedgerTotals negativeGain = new LedgerTotals(0, 0, 0, 0, 0, 0, 0, 0, -5, -5, 0, 0, 0, 0);
    assertTrue(!negativeGain.balances());
  }
}
