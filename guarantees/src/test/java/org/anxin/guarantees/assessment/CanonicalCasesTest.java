package org.anxin.guarantees.assessment;

import static org.anxin.guarantees.testing.TestCases.date;
import static org.anxin.guarantees.testing.TestCases.dealId;
import static org.anxin.guarantees.testing.TestCases.example;
import static org.anxin.guarantees.testing.TestCases.party;
import static org.anxin.guarantees.testing.TestCases.withDealTerms;
import static org.anxin.guarantees.testing.TestCases.withEvent;
import static org.anxin.guarantees.testing.TestCases.withEvents;
import static org.anxin.guarantees.testing.TestCases.withFilings;
import static org.anxin.guarantees.testing.TestCases.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.anxin.domain.Money;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.ContractTerms;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.ContractSigned;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealEvent.RefundPaid;
import org.anxin.domain.deal.DealEvent.Resold;
import org.anxin.domain.deal.DealEvent.SigningPostponed;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.Filing;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.guarantees.catalog.RecoveryTiming;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The three canonical cases of DESIGN.md §2 from examples/cases, and their negative variants. */
class CanonicalCasesTest {

  private static final Assessor ASSESSOR = Assessor.of(Catalog.builtIn());

  static Assessment only(CaseAssessment result) {
    assertEquals(1, result.assessments().size(), result.toString());
    return result.assessments().get(0);
  }

  static Assessment.Payable payable(CaseFile file) {
    return assertInstanceOf(Assessment.Payable.class, only(ASSESSOR.assess(file)));
  }

  static Assessment.Rejected rejected(CaseFile file) {
    return assertInstanceOf(Assessment.Rejected.class, only(ASSESSOR.assess(file)));
  }

  static void assertReason(Assessment a, String code) {
    assertTrue(
        a.reasons().stream().anyMatch(r -> r.code().equals(code)),
        "expected a reason " + code + " in " + a.reasons());
  }

  @Nested
  class SwapCancellation {

    private final CaseFile swap = example("swap-cancellation.yaml");

    @Test
    void zhouIsCompensatedFiftyThousandOnTheZhouLinDeal() {
      CaseAssessment result = ASSESSOR.assess(swap);
      assertEquals(date("2020-02-19"), result.asOf(), "as of the last event");
      Assessment.Payable a = assertInstanceOf(Assessment.Payable.class, only(result));
      assertEquals(GuaranteeCode.SWAP_CANCELLATION, a.guarantee());
      assertEquals(dealId("zhou-lin"), a.deal());
      assertEquals(party("zhou"), a.payee());
      assertEquals(PayoutKind.COMPENSATION, a.kind());
      assertEquals(5_000_000L, a.amountFen());
      assertEquals(Optional.empty(), a.recovery(), "a compensation is never recovered");
      assertEquals(date("2020-02-10"), a.filedOn());
      assertEquals(
          "150000.00 forfeited by 周女士 on zhou-lin − 100000.00 kept from the broken sale tie-zhou"
              + " = 50000.00",
          a.reasons().get(0).text());
    }

    @Test
    void notPayableWhenTheFlatWasResoldOnTheLastDayOfTheWindow() {
      CaseFile resold = withEvent(swap, "tie-zhou", new Resold(date("2020-02-19")));
      Assessment.Rejected a = rejected(resold);
      assertReason(a, "funding-sale-broken");
      assertTrue(a.reasons().get(0).text().contains("resold on 2020-02-19"), a.toString());
    }

    @Test
    void aResaleTheDayAfterTheWindowRescuesNothing() {
      CaseFile late = withEvent(swap, "tie-zhou", new Resold(date("2020-02-20")));
      assertEquals(5_000_000L, payable(late).amountFen());
    }

    @Test
    void beforeThePurchaseBreaksNothingIsPayableYet() {
      Assessment a = only(ASSESSOR.assess(swap, date("2020-02-15")));
      assertInstanceOf(Assessment.Rejected.class, a);
      assertReason(a, "funding-sale-broken");
      assertTrue(a.reasons().get(0).text().contains("open until 2020-02-19"), a.toString());
    }

    @Test
    void notPayableWhenFiledAfterTheWindowAndPayableOnItsLastDay() {
      // 30 days from the break of the funding sale on 2020-02-12: the window closes 2020-03-13.
      Filing lastDay = swap.filings().get(0);
      lastDay =
          new Filing(
              date("2020-03-13"),
              lastDay.guarantee(),
              lastDay.deal(),
              lastDay.claimant(),
              lastDay.facts());
      assertEquals(5_000_000L, payable(withFilings(swap, lastDay)).amountFen());
      Filing late =
          new Filing(
              date("2020-03-14"),
              lastDay.guarantee(),
              lastDay.deal(),
              lastDay.claimant(),
              lastDay.facts());
      Assessment.Rejected a = rejected(withFilings(swap, late));
      assertEquals(1, a.reasons().size(), a.toString());
      assertEquals(
          "filed-in-time: filed on 2020-03-14, after the filing window closed on 2020-03-13 (30"
              + " days from 2020-02-12: the sale funding the purchase broke)",
          a.reasons().get(0).toString());
    }

    @Test
    void notPayableWhenThePurchaseWasSignedBeforeTheSaleBroke() {
      // Zhou signed with Lin on 2020-02-11, the day before Tie's sale broke: SWAP_CANCELLATION's
      // stage is "before signing", and a signed purchase is not broken by its funding sale.
      Assessment.Rejected a = rejected(purchaseSignedOn("2020-02-11"));
      assertEquals(
          List.of("funding-sale-broken", "not-at-fault-on-sale"),
          a.reasons().stream().map(Reason::code).toList(),
          "no broken sale, so none to be at fault on either");
      assertEquals(
          "funding-sale-broken: tie-zhou broke on 2020-02-12, when deal zhou-lin was already"
              + " signed (on 2020-02-11); only a funding sale that breaks before the purchase is"
              + " signed breaks it",
          a.reasons().get(0).toString());
    }

    @Test
    void aPurchaseSignedOnTheDayTheSaleBrokeWasSignedInTimeToBeBound() {
      assertReason(rejected(purchaseSignedOn("2020-02-12")), "funding-sale-broken");
    }

    @Test
    void aPurchaseSignedOnlyAfterTheSaleBrokeWasBrokenBeforeSigning() {
      assertEquals(5_000_000L, payable(purchaseSignedOn("2020-02-13")).amountFen());
    }

    /** The swap case with Zhou–Lin signed on {@code day} and cancelled as in the example. */
    private CaseFile purchaseSignedOn(String day) {
      return withEvents(
          swap,
          "zhou-lin",
          List.of(
              DepositPaid.earnest(
                  date("2020-01-15"),
                  party("zhou"),
                  party("lin"),
                  yuan(150_000),
                  date("2020-02-19")),
              new ContractSigned(date(day)),
              Cancelled.of(date("2020-02-19"), CancellationCause.BUYER_CANNOT_FUND)));
    }

    @Test
    void notPayableWhenTheSaleWasNotBrokeredByUs() {
      CaseFile file =
          withDealTerms(swap, "tie-zhou", deal(swap, "tie-zhou").withBrokeredByUs(false), false);
      Assessment.Rejected a = rejected(file);
      assertEquals(
          "brokered-by-us: tie-zhou was not brokered by us", a.reasons().get(0).toString());
    }

    @Test
    void notPayableWhenThePurchaseWasNotBrokeredByUs() {
      CaseFile file =
          withDealTerms(swap, "zhou-lin", deal(swap, "zhou-lin").withBrokeredByUs(false), false);
      assertEquals(
          "brokered-by-us: zhou-lin was not brokered by us",
          rejected(file).reasons().get(0).toString());
    }

    @Test
    void nothingOwedWhenTheDepositKeptCoversTheOneForfeited() {
      CaseFile file =
          withEvents(
              swap,
              "tie-zhou",
              List.of(
                  DepositPaid.earnest(
                      date("2020-01-13"),
                      party("tie"),
                      party("zhou"),
                      yuan(150_000),
                      date("2020-02-07")),
                  new SigningPostponed(date("2020-02-05"), date("2020-02-12")),
                  Cancelled.of(date("2020-02-12"), CancellationCause.BUYER_CANNOT_FUND)));
      Assessment.Rejected a = rejected(file);
      assertEquals(1, a.reasons().size());
      assertReason(a, Reason.NOTHING_OWED);
    }

    @Test
    void notPayableWhenZhouWasAtFaultOnHerSale() {
      // Zhou withdrew from her own sale: she returns double and cannot claim the swap loss.
      CaseFile file =
          withEvents(
              swap,
              "tie-zhou",
              List.of(
                  DepositPaid.earnest(
                      date("2020-01-13"),
                      party("tie"),
                      party("zhou"),
                      yuan(100_000),
                      date("2020-02-07")),
                  Cancelled.of(date("2020-02-06"), CancellationCause.SELLER_WITHDRAWS)));
      Assessment.Rejected a = rejected(file);
      assertReason(a, "not-at-fault-on-sale");
    }

    @Test
    void theGuaranteesComputeWithTheLegalDepositOnly() {
      // At 600,000 the legal deposit is capped at 120,000: of Zhou's 150,000 only 120,000 is
      // forfeited, the 30,000 excess comes back, and the swap loss is 120,000 − 100,000.
      Deal cheap =
          new Deal(
              dealId("zhou-lin"),
              deal(swap, "zhou-lin").kind(),
              deal(swap, "zhou-lin").property(),
              deal(swap, "zhou-lin").buyers(),
              deal(swap, "zhou-lin").sellers(),
              yuan(600_000),
              true,
              ContractTerms.STANDARD);
      assertEquals(2_000_000L, payable(withDealTerms(swap, "zhou-lin", cheap, false)).amountFen());
    }

    private Deal deal(CaseFile file, String id) {
      return file.deal(dealId(id)).orElseThrow().deal();
    }
  }

  @Nested
  class PreSigningSeizure {

    private final CaseFile seizure = example("pre-signing-seizure.yaml");

    @Test
    void wuIsAdvancedWhatBHasNotRefundedRecoveredFromBBy20220131() {
      Assessment.Payable a = payable(seizure);
      assertEquals(GuaranteeCode.PRE_SIGNING_SEIZURE, a.guarantee());
      assertEquals(PayoutKind.ADVANCE, a.kind());
      assertEquals(party("wu"), a.payee());
      assertEquals(10_000_000L, a.amountFen());
      Recovery r = a.recovery().orElseThrow();
      assertEquals(
          List.of(new Debt(party("owner-b"), 10_000_000L, Optional.of(date("2022-01-31")))),
          r.debts());
      assertEquals(Optional.of(date("2022-01-31")), r.due());
      assertEquals(RecoveryTiming.PROMISED_DATE, r.when());
    }

    @Test
    void nothingIsOwedOnceBothOwnersHaveRefunded() {
      CaseFile refunded =
          withEvent(
              seizure,
              "wu-ab",
              new RefundPaid(date("2022-01-30"), party("owner-b"), party("wu"), yuan(100_000)));
      Assessment.Rejected a = rejected(refunded);
      assertReason(a, "refund-outstanding");
    }

    @Test
    void asOfTheDayBeforeBRefundsTheAdvanceStands() {
      CaseFile refunded =
          withEvent(
              seizure,
              "wu-ab",
              new RefundPaid(date("2022-01-30"), party("owner-b"), party("wu"), yuan(100_000)));
      assertInstanceOf(
          Assessment.Payable.class, only(ASSESSOR.assess(refunded, date("2022-01-29"))));
    }

    @Test
    void aPartRefundLeavesTheRestToAdvance() {
      CaseFile part =
          withEvent(
              seizure,
              "wu-ab",
              new RefundPaid(
                  date("2021-12-01"), party("owner-b"), party("wu"), Money.parse("30000.50")));
      Assessment.Payable a = payable(part);
      assertEquals(6_999_950L, a.amountFen());
      assertEquals(6_999_950L, a.recovery().orElseThrow().debts().get(0).amountFen());
    }
  }

  @Nested
  class FeeArrears {

    private final CaseFile arrears = example("fee-arrears.yaml");

    @Test
    void daiIsAdvancedTheArrearsRecoveredFromHimOnceHeRecoversFromTheSeller() {
      Assessment.Payable a = payable(arrears);
      assertEquals(GuaranteeCode.FEE_ARREARS, a.guarantee());
      assertEquals(PayoutKind.ADVANCE, a.kind());
      assertEquals(party("dai"), a.payee());
      assertEquals(6_384_000L, a.amountFen());
      Recovery r = a.recovery().orElseThrow();
      assertEquals(List.of(new Debt(party("dai"), 6_384_000L, Optional.empty())), r.debts());
      assertEquals(List.of(party("seller")), r.via());
      assertEquals(RecoveryTiming.AFTER_CUSTOMER_RECOVERS, r.when());
      assertEquals(Optional.empty(), r.due(), "nobody knows when Dai recovers it");
    }

    @Test
    void onlyThePartAboveAHoldbackIsAdvanced() {
      assertEquals(3_384_000L, payable(withHoldback(arrears, 30_000)).amountFen());
    }

    @Test
    void nothingWhenTheHoldbackCoversTheArrears() {
      Assessment.Rejected a = rejected(withHoldback(arrears, 70_000));
      assertReason(a, Reason.NOTHING_OWED);
      assertEquals(
          "nothing-owed: arrears claimed 63840.00 − handover holdback 70000.00: nothing is owed",
          a.reasons().get(0).toString());
    }

    private CaseFile withHoldback(CaseFile file, long yuan) {
      Deal d = file.deal(dealId("dai-purchase")).orElseThrow().deal();
      return withDealTerms(
          file, "dai-purchase", d.withTerms(d.terms().withHandoverHoldback(yuan(yuan))), true);
    }
  }
}
