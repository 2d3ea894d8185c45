package org.anxin.guarantees.assessment;

import static org.anxin.guarantees.testing.TestCases.caseOf;
import static org.anxin.guarantees.testing.TestCases.date;
import static org.anxin.guarantees.testing.TestCases.deal;
import static org.anxin.guarantees.testing.TestCases.dealId;
import static org.anxin.guarantees.testing.TestCases.party;
import static org.anxin.guarantees.testing.TestCases.resale;
import static org.anxin.guarantees.testing.TestCases.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.anxin.domain.chain.FundingLink;
import org.anxin.domain.chain.SwapChains;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealState;
import org.anxin.guarantees.casefile.CaseDeal;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.Filing;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.junit.jupiter.api.Test;

/** Swap chains longer than the seed's, and a cycle: each intermediary gets its own swap loss. */
class SwapChainAssessmentTest {

  private static final Assessor ASSESSOR = Assessor.of(Catalog.builtIn());

  private static DealEvent deposit(String on, String payer, String holder, long yuan) {
    return DepositPaid.earnest(
        date(on), party(payer), party(holder), yuan(yuan), date(on).plusDays(60));
  }

  private static DealEvent cannotFund(String on) {
    return Cancelled.of(date(on), CancellationCause.BUYER_CANNOT_FUND);
  }

  private static Filing swap(String on, String purchase, String claimant) {
    return Filing.of(date(on), GuaranteeCode.SWAP_CANCELLATION, dealId(purchase))
        .by(party(claimant));
  }

  /** x buys p1's home, p1 buys p2's, p2 buys p3's; x cannot pay and the chain falls. */
  private static CaseFile chain(DealEvent... extraOnFirstSale) {
    DealEvent[] first = new DealEvent[2 + extraOnFirstSale.length];
    first[0] = deposit("2021-02-01", "x", "p1", 100_000);
    first[1] = cannotFund("2021-03-01");
    System.arraycopy(extraOnFirstSale, 0, first, 2, extraOnFirstSale.length);
    return caseOf(
        List.of(
            deal(resale("d1", "x", "p1", 2_000_000), first),
            deal(
                resale("d2", "p1", "p2", 3_000_000),
                deposit("2021-02-02", "p1", "p2", 150_000),
                cannotFund("2021-03-10")),
            deal(
                resale("d3", "p2", "p3", 4_000_000),
                deposit("2021-02-03", "p2", "p3", 240_000),
                cannotFund("2021-03-20"))),
        List.of(
            new FundingLink(dealId("d1"), dealId("d2"), date("2021-03-08")),
            new FundingLink(dealId("d2"), dealId("d3"), date("2021-03-18"))),
        List.of(swap("2021-03-05", "d2", "p1"), swap("2021-03-12", "d3", "p2")));
  }

  @Test
  void eachIntermediaryGetsItsOwnSwapLoss() {
    CaseAssessment result = ASSESSOR.assess(chain());
    assertEquals(2, result.assessments().size());
    Assessment p1 = result.assessments().get(0);
    Assessment p2 = result.assessments().get(1);
    assertEquals(party("p1"), p1.payee());
    assertEquals(dealId("d2"), p1.deal());
    assertEquals(
        yuan(150_000 - 100_000).fen(), assertInstanceOf(Assessment.Payable.class, p1).amountFen());
    assertEquals(party("p2"), p2.payee());
    assertEquals(dealId("d3"), p2.deal());
    assertEquals(
        yuan(240_000 - 150_000).fen(), assertInstanceOf(Assessment.Payable.class, p2).amountFen());
  }

  @Test
  void theAmountsAreTheDomainsSwapLosses() {
    CaseFile file = chain();
    DealState d1 = state(file, "d1");
    DealState d2 = state(file, "d2");
    DealState d3 = state(file, "d3");
    CaseAssessment result = ASSESSOR.assess(file);
    assertEquals(
        SwapChains.swapLoss(party("p1"), d2, List.of(d1)).fen(),
        result.assessments().get(0).amountFen());
    assertEquals(
        SwapChains.swapLoss(party("p2"), d3, List.of(d2)).fen(),
        result.assessments().get(1).amountFen());
  }

  @Test
  void aResaleInTheFirstWindowRescuesTheFirstPurchaseOnly() {
    // d1's home is resold within d1 → d2's window, but d2 was cancelled all the same: p1 cannot
    // blame the chain, while p2's purchase was still broken by d2.
    CaseAssessment result = ASSESSOR.assess(chain(new DealEvent.Resold(date("2021-03-08"))));
    assertInstanceOf(Assessment.Rejected.class, result.assessments().get(0));
    assertEquals(yuan(90_000).fen(), result.assessments().get(1).amountFen());
  }

  @Test
  void aCycleOfTwoOwnersSwappingHomesTerminatesAndOnlyTheFirstBreakCounts() {
    // a sells to b (da) and buys from b (db); each sale funds the other purchase.
    CaseDeal da =
        deal(
            resale("da", "b", "a", 3_000_000),
            deposit("2021-01-10", "b", "a", 100_000),
            cannotFund("2021-03-01"));
    CaseDeal db =
        deal(
            resale("db", "a", "b", 3_500_000),
            deposit("2021-01-11", "a", "b", 160_000),
            cannotFund("2021-03-05"));
    CaseFile file =
        caseOf(
            List.of(da, db),
            List.of(
                new FundingLink(dealId("da"), dealId("db"), date("2021-03-04")),
                new FundingLink(dealId("db"), dealId("da"), date("2021-03-04"))),
            List.of(swap("2021-03-06", "db", "a"), swap("2021-03-06", "da", "b")));
    CaseAssessment result = ASSESSOR.assess(file);
    assertEquals(yuan(60_000).fen(), result.assessments().get(0).amountFen());
    Assessment b = result.assessments().get(1);
    assertInstanceOf(Assessment.Rejected.class, b);
    CanonicalCasesTest.assertReason(b, "funding-sale-broken");
  }

  private static DealState state(CaseFile file, String id) {
    CaseDeal d = file.deal(dealId(id)).orElseThrow();
    return DealState.replay(d.deal(), d.events());
  }
}
