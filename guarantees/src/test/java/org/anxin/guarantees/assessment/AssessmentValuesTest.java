package org.anxin.guarantees.assessment;

import static org.anxin.guarantees.testing.TestCases.date;
import static org.anxin.guarantees.testing.TestCases.dealId;
import static org.anxin.guarantees.testing.TestCases.party;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.guarantees.catalog.RecoveryTiming;
import org.junit.jupiter.api.Test;

/** The outcome records keep their promises: positive payables, recoveries that add up. */
class AssessmentValuesTest {

  private static final Recovery FROM_B =
      new Recovery(
          List.of(new Debt(party("b"), 100, Optional.of(date("2022-01-31")))),
          List.of(),
          RecoveryTiming.PROMISED_DATE);

  private static Assessment.Payable payable(PayoutKind kind, long fen, Optional<Recovery> r) {
    return new Assessment.Payable(
        dealId("d"),
        GuaranteeCode.PRE_SIGNING_SEIZURE,
        kind,
        party("wu"),
        date("2021-10-14"),
        fen,
        List.of(new Reason(Reason.PAYOUT, "x")),
        r);
  }

  @Test
  void aPayableAmountIsPositiveAndAnAdvanceAddsUpToItsDebts() {
    assertEquals(100, payable(PayoutKind.ADVANCE, 100, Optional.of(FROM_B)).amountFen());
    assertEquals(1, payable(PayoutKind.COMPENSATION, 1, Optional.empty()).amountFen());
    assertThrows(
        IllegalArgumentException.class,
        () -> payable(PayoutKind.COMPENSATION, 0, Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> payable(PayoutKind.ADVANCE, 101, Optional.of(FROM_B)));
    assertThrows(
        IllegalArgumentException.class, () -> payable(PayoutKind.ADVANCE, 100, Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> payable(PayoutKind.COMPENSATION, 100, Optional.of(FROM_B)));
  }

  @Test
  void aRejectionHasAReasonAndPaysNothing() {
    Assessment.Rejected r =
        new Assessment.Rejected(
            dealId("d"),
            GuaranteeCode.FEE_ARREARS,
            PayoutKind.ADVANCE,
            party("dai"),
            date("2021-08-17"),
            List.of(new Reason(Reason.NOTHING_OWED, "x")));
    assertEquals(0, r.amountFen());
    assertEquals(Decision.REJECTED, r.decision());
    assertEquals("rejected", r.decision().id());
    assertEquals(Optional.empty(), r.recovery());
    assertEquals("nothing-owed: x", r.reasons().get(0).toString());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Assessment.Rejected(
                dealId("d"),
                GuaranteeCode.FEE_ARREARS,
                PayoutKind.ADVANCE,
                party("dai"),
                date("2021-08-17"),
                List.of()));
  }

  @Test
  void aDebtIsPositiveAndARecoveryIsDueWhenEveryDebtIs() {
    assertThrows(IllegalArgumentException.class, () -> new Debt(party("b"), 0, Optional.empty()));
    assertEquals(1, new Debt(party("b"), 1, Optional.empty()).amountFen());
    Recovery two =
        new Recovery(
            List.of(
                new Debt(party("a"), 5, Optional.of(date("2022-03-01"))),
                new Debt(party("b"), 7, Optional.of(date("2022-01-31")))),
            List.of(party("s")),
            RecoveryTiming.PROMISED_DATE);
    assertEquals(12, two.totalFen());
    assertEquals(List.of(party("a"), party("b")), two.debtors());
    assertEquals(Optional.of(date("2022-03-01")), two.due(), "the latest");
    Recovery unknown =
        new Recovery(
            List.of(
                new Debt(party("a"), 5, Optional.of(date("2022-03-01"))),
                new Debt(party("b"), 7, Optional.empty())),
            List.of(),
            RecoveryTiming.AFTER_LITIGATION);
    assertEquals(Optional.empty(), unknown.due());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Recovery(List.of(), List.of(), RecoveryTiming.AFTER_LITIGATION));
  }

  @Test
  void decisionsAndTotals() {
    assertEquals("payable", Decision.PAYABLE.id());
    CaseAssessment result =
        new CaseAssessment(
            "c",
            "",
            date("2021-10-14"),
            "shanghai-18",
            "1",
            List.of(
                payable(PayoutKind.ADVANCE, 100, Optional.of(FROM_B)),
                payable(PayoutKind.COMPENSATION, 7, Optional.empty()),
                payable(PayoutKind.ADVANCE, 100, Optional.of(FROM_B))));
    assertEquals(200, result.totalFen(PayoutKind.ADVANCE));
    assertEquals(7, result.totalFen(PayoutKind.COMPENSATION));
    assertEquals(0, result.totalFen(PayoutKind.REFUND));
    assertEquals(3, result.payable().size());
  }
}
