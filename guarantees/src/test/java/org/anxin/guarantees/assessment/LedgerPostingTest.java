package org.anxin.guarantees.assessment;

import static org.anxin.guarantees.testing.TestCases.date;
import static org.anxin.guarantees.testing.TestCases.example;
import static org.anxin.guarantees.testing.TestCases.withFilings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.anxin.domain.DealId;
import org.anxin.domain.PartyId;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.Filing;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.claim.Claim;
import org.anxin.guarantees.claim.ClaimId;
import org.anxin.guarantees.claim.ClaimStatus;
import org.anxin.guarantees.claim.LedgerTotals;
import org.anxin.guarantees.claim.LiabilityLedger;
import org.junit.jupiter.api.Test;

/** The three canonical cases booked in one ledger. */
class LedgerPostingTest {

  private static final Assessor ASSESSOR = Assessor.of(Catalog.builtIn());

  @Test
  void theCanonicalCasesPaidOutOfOneLedger() {
    LiabilityLedger ledger = new LiabilityLedger();
    for (String name :
        List.of("swap-cancellation.yaml", "pre-signing-seizure.yaml", "fee-arrears.yaml")) {
      LedgerPosting.post(ledger, ASSESSOR.assess(example(name)), true);
    }
    LedgerTotals t = ledger.totals();
    assertEquals(5_000_000L, t.compensationsFen());
    assertEquals(10_000_000L + 6_384_000L, t.advancesFen());
    assertEquals(5_000_000L + 16_384_000L, t.grossPaidFen());
    assertEquals(16_384_000L, t.advancesOutstandingFen());
    assertEquals(5_000_000L, t.netCostFen(), "advances cost nothing until written off");
    assertEquals(3, t.payouts());
    assertTrue(t.balances());
    Claim seizure =
        ledger.claim(ClaimId.of("pre-signing-seizure/wu-ab/PRE_SIGNING_SEIZURE/wu")).orElseThrow();
    assertEquals(List.of(PartyId.of("owner-b")), seizure.recoverFrom());
    assertEquals(date("2021-10-14"), seizure.filedOn());
    assertEquals(ClaimStatus.PAID, seizure.status());
    // B pays back on the day she promised.
    ledger.recover(seizure.id(), date("2022-01-31"), 10_000_000L).get();
    assertEquals(6_384_000L, ledger.totals().advancesOutstandingFen());
  }

  @Test
  void approvedWithoutPayingAndRejectedWithItsReasons() {
    CaseFile swap = example("swap-cancellation.yaml");
    Filing late = swap.filings().get(0);
    late =
        new Filing(
            date("2020-04-01"), late.guarantee(), late.deal(), late.claimant(), late.facts());
    LiabilityLedger ledger = new LiabilityLedger();
    CaseAssessment result = ASSESSOR.assess(withFilings(swap, late));
    Claim rejected = LedgerPosting.post(ledger, result, true).get(0);
    assertEquals(ClaimStatus.REJECTED, rejected.status());
    assertTrue(
        rejected.rejectionReason().orElseThrow().startsWith("filed-in-time: filed on 2020-04-01"));
    assertEquals(0, ledger.totals().cashOutFen());

    LiabilityLedger other = new LiabilityLedger();
    Claim approved = LedgerPosting.post(other, ASSESSOR.assess(swap), false).get(0);
    assertEquals(ClaimStatus.APPROVED, approved.status());
    assertEquals(GuaranteeCode.SWAP_CANCELLATION, approved.guarantee());
    assertEquals(DealId.of("zhou-lin"), approved.deal());
    assertEquals(PartyId.of("zhou"), approved.payee());
    assertEquals(5_000_000L, approved.assessedFen());
    assertEquals(0, other.totals().cashOutFen());
  }

  @Test
  void postingTheSameCaseTwiceIsRefused() {
    LiabilityLedger ledger = new LiabilityLedger();
    CaseAssessment result = ASSESSOR.assess(example("fee-arrears.yaml"));
    LedgerPosting.post(ledger, result, true);
    assertThrows(IllegalStateException.class, () -> LedgerPosting.post(ledger, result, true));
    assertEquals(6_384_000L, ledger.totals().advancesFen(), "nothing booked twice");
  }
}
