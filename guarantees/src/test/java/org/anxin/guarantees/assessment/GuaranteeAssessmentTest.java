package org.anxin.guarantees.assessment;

import static org.anxin.guarantees.testing.TestCases.caseOf;
import static org.anxin.guarantees.testing.TestCases.date;
import static org.anxin.guarantees.testing.TestCases.deal;
import static org.anxin.guarantees.testing.TestCases.dealId;
import static org.anxin.guarantees.testing.TestCases.example;
import static org.anxin.guarantees.testing.TestCases.newHome;
import static org.anxin.guarantees.testing.TestCases.party;
import static org.anxin.guarantees.testing.TestCases.rental;
import static org.anxin.guarantees.testing.TestCases.resale;
import static org.anxin.guarantees.testing.TestCases.withFilings;
import static org.anxin.guarantees.testing.TestCases.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxin.domain.Encumbrance;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.TitleReport;
import org.anxin.domain.deal.CancellationCause;
import org.anxin.domain.deal.ContractTerms;
import org.anxin.domain.deal.Deal;
import org.anxin.domain.deal.DealEvent;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.ContractSigned;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealEvent.HandedOver;
import org.anxin.domain.deal.DealEvent.LeaseSigned;
import org.anxin.domain.deal.DealEvent.LoanRefused;
import org.anxin.domain.deal.DealEvent.MovedIn;
import org.anxin.domain.deal.DealEvent.MovedOut;
import org.anxin.domain.deal.DealEvent.RefundPaid;
import org.anxin.domain.deal.DealEvent.RefundPromised;
import org.anxin.domain.deal.DealEvent.SecurityDepositReturned;
import org.anxin.domain.deal.DealEvent.SecurityDepositWithheld;
import org.anxin.domain.deal.DealEvent.TitleSearched;
import org.anxin.domain.deal.DealEvent.TitleTransferred;
import org.anxin.domain.deal.DealState;
import org.anxin.domain.deal.Share;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.guarantees.casefile.CaseDeal;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.casefile.Fact;
import org.anxin.guarantees.casefile.Filing;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.Guarantee;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.guarantees.catalog.RecoveryTiming;
import org.anxin.guarantees.catalog.Term;
import org.anxin.guarantees.catalog.Terms;
import org.anxin.guarantees.payout.PayoutRules;
import org.junit.jupiter.api.Test;

/**
 * One payable claim and at least one rejected claim for every guarantee a case file can express,
 * each amount worked out by hand from the catalog's terms (docs/guarantees.md).
 */
class GuaranteeAssessmentTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Assessor ASSESSOR = Assessor.of(CATALOG);

  private static Assessment assess(CaseFile file) {
    return CanonicalCasesTest.only(ASSESSOR.assess(file));
  }

  private static Assessment.Payable payable(CaseFile file) {
    return assertInstanceOf(Assessment.Payable.class, assess(file));
  }

  private static Assessment.Rejected rejected(CaseFile file, String reason) {
    Assessment.Rejected a = assertInstanceOf(Assessment.Rejected.class, assess(file));
    CanonicalCasesTest.assertReason(a, reason);
    return a;
  }

  private static Filing filing(String on, GuaranteeCode code, String deal) {
    return Filing.of(date(on), code, dealId(deal));
  }

  private static DepositPaid deposit(
      String on, String payer, String holder, long yuan, String deadline) {
    return DepositPaid.earnest(date(on), party(payer), party(holder), yuan(yuan), date(deadline));
  }

  // ---- A signed resale, handed over -----------------------------------------------------------

  private static final Deal HOME = resale("home", "buyer", "seller", 3_000_000);

  private static CaseDeal handedOver(Deal deal) {
    return deal(
        deal,
        deposit("2021-05-10", "buyer", "seller", 100_000, "2021-05-31"),
        new ContractSigned(date("2021-05-20")),
        new TitleTransferred(date("2021-06-01")),
        new HandedOver(date("2021-08-20")));
  }

  // ---- PRE_SIGNING_SEIZURE and FUNDS_SAFETY ---------------------------------------------------

  private static TitleSearched seizure(String on, String... owners) {
    return new TitleSearched(
        new TitleReport(
            date(on),
            java.util.Arrays.stream(owners)
                .map(org.anxin.guarantees.testing.TestCases::party)
                .toList(),
            List.of(new Encumbrance.Seizure("某区人民法院", date(on).minusDays(1))),
            List.of()));
  }

  @Test
  void fundsSafetyAdvancesWhatTheSellerKeepsAfterAPostSigningSeizurePlusCappedLitigation() {
    CaseDeal d =
        deal(
            resale("home", "buyer", "seller", 2_000_000),
            deposit("2021-03-01", "buyer", "seller", 300_000, "2021-03-20"),
            new ContractSigned(date("2021-03-10")),
            seizure("2021-04-01", "seller"),
            Cancelled.of(date("2021-04-02"), CancellationCause.SEIZURE_AFTER_SIGNING),
            new RefundPaid(date("2021-04-05"), party("seller"), party("buyer"), yuan(100_000)));
    Filing f =
        filing("2021-04-10", GuaranteeCode.FUNDS_SAFETY, "home")
            .with(Fact.LITIGATION_COSTS, yuan(60_000));
    Assessment.Payable a = payable(caseOf(d, f));
    // 300,000 − 100,000 refunded + litigation 60,000 capped at 50,000.
    assertEquals(yuan(250_000).fen(), a.amountFen());
    assertEquals(PayoutKind.ADVANCE, a.kind());
    Recovery r = a.recovery().orElseThrow();
    assertEquals(List.of(party("seller")), r.debtors());
    assertEquals(RecoveryTiming.AFTER_LITIGATION, r.when());
    assertEquals(Optional.empty(), r.due());
    // The same seizure is not one before signing.
    rejected(
        caseOf(d, filing("2021-04-10", GuaranteeCode.PRE_SIGNING_SEIZURE, "home")),
        "seizure-before-signing");
  }

  @Test
  void aSeizureBeforeSigningIsNotOneAfterSigning() {
    CaseFile seizure = example("pre-signing-seizure.yaml");
    Filing f =
        new Filing(
            date("2021-10-14"),
            GuaranteeCode.FUNDS_SAFETY,
            dealId("wu-ab"),
            Optional.empty(),
            org.anxin.guarantees.casefile.ClaimFacts.NONE);
    rejected(withFilings(seizure, f), "seizure-after-signing");
  }

  @Test
  void preSigningSeizureFiledAfterItsWindowIsRejected() {
    // The seizure was found on 2021-10-12: the 30-day window closes on 2021-11-11.
    CaseFile seizure = example("pre-signing-seizure.yaml");
    Filing late = filing("2021-11-12", GuaranteeCode.PRE_SIGNING_SEIZURE, "wu-ab");
    Assessment a = rejected(withFilings(seizure, late), "filed-in-time");
    assertEquals(1, a.reasons().size(), a.toString());
    assertEquals(
        10_000_000L,
        payable(
                withFilings(
                    seizure, filing("2021-11-11", GuaranteeCode.PRE_SIGNING_SEIZURE, "wu-ab")))
            .amountFen());
  }

  @Test
  void coOwnersWhoBothDefaultShareTheRecoveryByWhatEachOwes() {
    CaseDeal d =
        deal(
            Deal.of(
                dealId("home"),
                org.anxin.domain.deal.DealKind.RESALE,
                org.anxin.domain.PropertyId.of("home"),
                List.of(party("buyer")),
                List.of(party("a"), party("b")),
                yuan(4_000_000)),
            new DepositPaid(
                date("2021-10-01"),
                DepositKind.EARNEST,
                party("buyer"),
                List.of(new Share(party("a"), yuan(120_000)), new Share(party("b"), yuan(80_000))),
                date("2021-10-15")),
            seizure("2021-10-12", "a", "b"),
            Cancelled.of(date("2021-10-13"), CancellationCause.SEIZURE_BEFORE_SIGNING),
            new RefundPromised(
                date("2021-10-14"), party("a"), party("buyer"), yuan(120_000), date("2022-03-01")));
    Assessment.Payable a =
        payable(caseOf(d, filing("2021-10-20", GuaranteeCode.PRE_SIGNING_SEIZURE, "home")));
    assertEquals(yuan(200_000).fen(), a.amountFen());
    Recovery r = a.recovery().orElseThrow();
    assertEquals(
        List.of(
            new Debt(party("a"), yuan(120_000).fen(), Optional.of(date("2022-03-01"))),
            new Debt(party("b"), yuan(80_000).fen(), Optional.of(date("2021-10-13")))),
        r.debts());
    assertEquals(Optional.of(date("2022-03-01")), r.due());
  }

  @Test
  void aSeizureFoundAfterTheTransferIsNotCovered() {
    CaseDeal d =
        deal(
            resale("home", "buyer", "seller", 2_000_000),
            deposit("2021-03-01", "buyer", "seller", 300_000, "2021-03-20"),
            new ContractSigned(date("2021-03-10")),
            new TitleTransferred(date("2021-04-01")),
            seizure("2021-04-01", "seller"));
    Assessment.Rejected a =
        rejected(
            caseOf(d, filing("2021-04-10", GuaranteeCode.FUNDS_SAFETY, "home")),
            "seizure-after-signing");
    assertTrue(a.reasons().get(0).text().contains("after the transfer"), a.toString());
    CaseDeal onTheSigningDay =
        deal(
            resale("home", "buyer", "seller", 2_000_000),
            deposit("2021-03-01", "buyer", "seller", 300_000, "2021-03-20"),
            new ContractSigned(date("2021-03-10")),
            seizure("2021-03-10", "seller"),
            Cancelled.of(date("2021-03-11"), CancellationCause.SEIZURE_AFTER_SIGNING));
    assertEquals(
        yuan(300_000).fen(),
        payable(caseOf(onTheSigningDay, filing("2021-04-10", GuaranteeCode.FUNDS_SAFETY, "home")))
            .amountFen(),
        "a search on the signing day is after signing");
  }

  @Test
  void anAdvanceFromSeveralSellersWhoOweNothingYetIsSharedEqually() {
    Deal two =
        Deal.of(
            dealId("home"),
            org.anxin.domain.deal.DealKind.RESALE,
            org.anxin.domain.PropertyId.of("home"),
            List.of(party("buyer")),
            List.of(party("a"), party("b")),
            yuan(3_000_000));
    CaseDeal d =
        deal(
            two,
            deposit("2021-05-10", "buyer", "a", 100_000, "2021-05-31"),
            new ContractSigned(date("2021-05-20")),
            new TitleTransferred(date("2021-06-01")),
            new HandedOver(date("2021-08-20")));
    Filing f =
        filing("2021-10-15", GuaranteeCode.HUKOU_NOT_MOVED, "home")
            .with(Fact.HUKOU_DEADLINE, date("2021-09-30"))
            .with(Fact.DAMAGES, Money.parse("100.01"));
    Recovery r = payable(caseOf(d, f)).recovery().orElseThrow();
    assertEquals(
        List.of(
            new Debt(party("a"), 5_001, Optional.empty()),
            new Debt(party("b"), 5_000, Optional.empty())),
        r.debts());
  }

  // ---- COMMISSION_REFUND ----------------------------------------------------------------------

  @Test
  void commissionRefundWhenTheSellerWithdrewButNotWhenTheBuyerDid() {
    Filing f =
        filing("2021-04-01", GuaranteeCode.COMMISSION_REFUND, "home")
            .with(Fact.COMMISSION, Money.parse("30000.00"));
    CaseDeal sellerWithdrew =
        deal(
            HOME,
            deposit("2021-03-01", "buyer", "seller", 100_000, "2021-03-20"),
            Cancelled.of(date("2021-03-10"), CancellationCause.SELLER_WITHDRAWS));
    Assessment.Payable a = payable(caseOf(sellerWithdrew, f));
    assertEquals(PayoutKind.REFUND, a.kind());
    assertEquals(yuan(30_000).fen(), a.amountFen());
    CaseDeal buyerWithdrew =
        deal(
            HOME,
            deposit("2021-03-01", "buyer", "seller", 100_000, "2021-03-20"),
            Cancelled.of(date("2021-03-10"), CancellationCause.BUYER_WITHDRAWS));
    rejected(caseOf(buyerWithdrew, f), "customer-not-at-fault");
    rejected(caseOf(handedOver(HOME), f), "deal-failed");
  }

  // ---- TAX_ESTIMATE ---------------------------------------------------------------------------

  @Test
  void taxEstimatePaysWhatWasPaidAboveTheWrittenQuote() {
    Filing f =
        filing("2021-07-01", GuaranteeCode.TAX_ESTIMATE, "home")
            .with(Fact.QUOTED_TAX, yuan(50_000))
            .with(Fact.ACTUAL_TAX, yuan(80_000))
            .with(Fact.QUOTED_IN_WRITING, true);
    assertEquals(yuan(30_000).fen(), payable(caseOf(handedOver(HOME), f)).amountFen());
    rejected(caseOf(handedOver(HOME), f.with(Fact.TAX_RULES_CHANGED, true)), "tax-rules-unchanged");
    rejected(
        caseOf(handedOver(HOME), f.with(Fact.QUOTED_IN_WRITING, false)), "tax-quoted-in-writing");
    // Taxes are paid at the transfer on 2021-06-01: the window closes 30 days later.
    Filing late = new Filing(date("2021-07-02"), f.guarantee(), f.deal(), f.claimant(), f.facts());
    rejected(caseOf(handedOver(HOME), late), "filed-in-time");
  }

  // ---- LOAN_REFUSAL ---------------------------------------------------------------------------

  private static CaseDeal loanRefused(Deal deal, long depositYuan) {
    return deal(
        deal,
        deposit("2021-03-01", "buyer", "seller", depositYuan, "2021-03-20"),
        new ContractSigned(date("2021-03-10")),
        new LoanRefused(date("2021-04-01")),
        Cancelled.of(date("2021-04-03"), CancellationCause.LOAN_REFUSED));
  }

  @Test
  void loanRefusalCompensatesTheForfeitedLegalDepositWithoutALoanClause() {
    Deal d = resale("home", "buyer", "seller", 1_000_000);
    Filing f = filing("2021-04-05", GuaranteeCode.LOAN_REFUSAL, "home");
    // 300,000 paid on a 1,000,000 price: the legal deposit is 200,000, the excess comes back.
    Assessment.Payable a = payable(caseOf(loanRefused(d, 300_000), f));
    assertEquals(yuan(200_000).fen(), a.amountFen());
    assertEquals(PayoutKind.COMPENSATION, a.kind());
  }

  @Test
  void loanRefusalOwesNothingWithALoanClauseBecauseTheDepositComesBack() {
    Deal d =
        resale("home", "buyer", "seller", 1_000_000)
            .withTerms(ContractTerms.STANDARD.withLoanClause(true));
    CaseDeal history = loanRefused(d, 100_000);
    DealState state = DealState.replay(history.deal(), history.events());
    assertEquals(yuan(100_000), state.owed(party("seller"), party("buyer")));
    Assessment.Rejected a =
        rejected(
            caseOf(history, filing("2021-04-05", GuaranteeCode.LOAN_REFUSAL, "home")),
            Reason.NOTHING_OWED);
    assertTrue(a.reasons().get(0).text().contains("loan clause"), a.toString());
  }

  @Test
  void aRefusedLoanThatIsNotWhyTheDealWasCancelledOwesNothing() {
    CaseDeal d =
        deal(
            resale("home", "buyer", "seller", 1_000_000),
            deposit("2021-03-01", "buyer", "seller", 100_000, "2021-03-20"),
            new ContractSigned(date("2021-03-10")),
            new LoanRefused(date("2021-04-01")),
            Cancelled.of(date("2021-04-03"), CancellationCause.BUYER_WITHDRAWS));
    Assessment.Rejected a =
        rejected(
            caseOf(d, filing("2021-04-05", GuaranteeCode.LOAN_REFUSAL, "home")),
            Reason.NOTHING_OWED);
    assertTrue(
        a.reasons().get(0).text().contains("not cancelled for the refused loan"), a.toString());
  }

  @Test
  void loanRefusalNeedsARefusedLoan() {
    rejected(
        caseOf(handedOver(HOME), filing("2021-08-25", GuaranteeCode.LOAN_REFUSAL, "home")),
        "loan-refused");
  }

  // ---- FEE_ARREARS ----------------------------------------------------------------------------

  @Test
  void feeArrearsUseTheCatalogsHoldbackWhenTheContractStatesNone() {
    CaseFile arrears = example("fee-arrears.yaml");
    CaseDeal d = arrears.deals().get(0);
    CaseFile silent =
        org.anxin.guarantees.testing.TestCases.withDealTerms(
            arrears, "dai-purchase", d.deal().withTerms(ContractTerms.STANDARD), false);
    assertEquals(6_384_000L, payable(silent).amountFen(), "shanghai-18's default is 0.00");
    Catalog city =
        withTerm(CATALOG, GuaranteeCode.FEE_ARREARS, Term.HOLDBACK_DEFAULT, yuan(30_000).fen());
    Assessment city30 = CanonicalCasesTest.only(Assessor.of(city).assess(silent));
    assertEquals(3_384_000L, city30.amountFen());
    // A contract that states 0.00 keeps it whatever the catalog's default.
    assertEquals(
        6_384_000L, CanonicalCasesTest.only(Assessor.of(city).assess(arrears)).amountFen());
  }

  @Test
  void feeArrearsForMonthsAfterTheHandoverOrClaimedLateAreRejected() {
    DealEvent.ArrearsClaimed afterHandover =
        new DealEvent.ArrearsClaimed(
            date("2021-10-01"),
            org.anxin.domain.FeeArrears.monthly(
                "物业公司",
                java.time.YearMonth.of(2021, 7),
                java.time.YearMonth.of(2021, 9),
                yuan(500)));
    CaseDeal d = withExtra(handedOver(HOME), afterHandover);
    rejected(
        caseOf(d, filing("2021-10-05", GuaranteeCode.FEE_ARREARS, "home")),
        "arrears-before-handover");
    DealEvent.ArrearsClaimed late =
        new DealEvent.ArrearsClaimed(
            date("2022-08-21"),
            org.anxin.domain.FeeArrears.monthly(
                "物业公司",
                java.time.YearMonth.of(2015, 1),
                java.time.YearMonth.of(2015, 12),
                yuan(500)));
    rejected(
        caseOf(
            withExtra(handedOver(HOME), late),
            filing("2022-08-22", GuaranteeCode.FEE_ARREARS, "home")),
        "claimed-within-coverage");
    DealEvent.ArrearsClaimed lastDay =
        new DealEvent.ArrearsClaimed(date("2022-08-20"), late.arrears());
    assertEquals(
        yuan(6_000).fen(),
        payable(
                caseOf(
                    withExtra(handedOver(HOME), lastDay),
                    filing("2022-08-22", GuaranteeCode.FEE_ARREARS, "home")))
            .amountFen(),
        "365 days after the handover is still covered");
  }

  // ---- After the handover ---------------------------------------------------------------------

  @Test
  void hukouDamagesTheSellerHasNotPaidAreAdvancedOnceTheDeadlinePassed() {
    Filing f =
        filing("2021-10-15", GuaranteeCode.HUKOU_NOT_MOVED, "home")
            .with(Fact.HUKOU_DEADLINE, date("2021-09-30"))
            .with(Fact.DAMAGES, yuan(20_000))
            .with(Fact.PAID_BY_SELLER, yuan(5_000));
    Assessment.Payable a = payable(caseOf(handedOver(HOME), f));
    assertEquals(yuan(15_000).fen(), a.amountFen());
    assertEquals(List.of(party("seller")), a.recovery().orElseThrow().debtors());
    Filing early = new Filing(date("2021-09-30"), f.guarantee(), f.deal(), f.claimant(), f.facts());
    rejected(caseOf(handedOver(HOME), early), "hukou-deadline-missed");
  }

  @Test
  void aLeakFoundOnTheLastDayOfTheWarrantyIsRepairedUpToTheCap() {
    // Handed over on 2021-08-20; 180 days later is 2022-02-16.
    Filing f =
        filing("2022-02-20", GuaranteeCode.LEAK_WARRANTY, "home")
            .with(Fact.LEAK_FOUND_ON, date("2022-02-16"))
            .with(Fact.REPAIR_COST, yuan(12_000));
    assertEquals(yuan(10_000).fen(), payable(caseOf(handedOver(HOME), f)).amountFen());
    Filing dayAfter = f.with(Fact.LEAK_FOUND_ON, date("2022-02-17"));
    rejected(caseOf(handedOver(HOME), dayAfter), "leak-within-warranty");
  }

  @Test
  void aStigmatizedHomeIsBoughtBackAtThePricePaid() {
    Filing f =
        filing("2022-03-10", GuaranteeCode.STIGMATIZED_HOME, "home")
            .with(Fact.DISCOVERED_ON, date("2022-03-01"));
    Assessment.Payable a = payable(caseOf(handedOver(HOME), f));
    assertEquals(PayoutKind.BUYBACK, a.kind());
    assertEquals(yuan(3_000_000).fen(), a.amountFen());
    rejected(
        caseOf(handedOver(HOME), f.with(Fact.DISCLOSED_BEFORE_SIGNING, true)), "undisclosed-death");
  }

  @Test
  void radiationAboveTheStandardWithinAYearOfTheTransferIsBoughtBack() {
    // Transferred 2021-06-01: 365 days later is 2022-06-01.
    Filing f =
        filing("2022-06-01", GuaranteeCode.RADIATION, "home")
            .with(Fact.MEASURED_ON, date("2022-06-01"))
            .with(Fact.ABOVE_STANDARD, true);
    assertEquals(yuan(3_000_000).fen(), payable(caseOf(handedOver(HOME), f)).amountFen());
    rejected(
        caseOf(handedOver(HOME), f.with(Fact.ABOVE_STANDARD, false)), "radiation-above-standard");
    Filing late =
        new Filing(date("2022-06-02"), f.guarantee(), f.deal(), f.claimant(), f.facts())
            .with(Fact.MEASURED_ON, date("2022-06-02"));
    rejected(caseOf(handedOver(HOME), late), "within-discovery-window");
  }

  // ---- New homes ------------------------------------------------------------------------------

  @Test
  void newHomePriceDifferenceAboveTheDevelopersPrice() {
    CaseDeal d =
        deal(
            newHome("unit", "buyer", "developer", 5_000_000),
            deposit("2021-03-01", "buyer", "developer", 200_000, "2021-03-31"),
            new ContractSigned(date("2021-03-15")));
    Filing f =
        filing("2021-05-01", GuaranteeCode.NEW_HOME_PRICE, "unit")
            .with(Fact.DEVELOPER_PRICE, yuan(4_880_000));
    assertEquals(yuan(120_000).fen(), payable(caseOf(d, f)).amountFen());
    rejected(
        caseOf(d, f.with(Fact.DEVELOPER_PRICE, yuan(5_000_000))), "price-above-developer-list");
    rejected(
        caseOf(
            handedOver(HOME),
            filing("2021-09-01", GuaranteeCode.NEW_HOME_PRICE, "home")
                .with(Fact.DEVELOPER_PRICE, yuan(1))),
        Reason.NOT_COVERED);
  }

  @Test
  void newHomeSubscriptionIsAdvancedOnceTheDevelopersRefundIsOverdue() {
    CaseDeal d =
        deal(
            newHome("unit", "buyer", "developer", 5_000_000),
            new DepositPaid(
                date("2021-04-01"),
                DepositKind.ADVANCE_PAYMENT,
                party("buyer"),
                List.of(new Share(party("developer"), yuan(100_000))),
                date("2021-04-30")),
            Cancelled.of(date("2021-05-01"), CancellationCause.SELLER_WITHDRAWS),
            new RefundPromised(
                date("2021-05-02"),
                party("developer"),
                party("buyer"),
                yuan(100_000),
                date("2021-06-01")));
    Filing f = filing("2021-06-10", GuaranteeCode.NEW_HOME_SUBSCRIPTION, "unit");
    Assessment.Payable a = payable(caseOf(d, f));
    // 订金 has no penalty effect: the developer owes the 100,000 back, not double.
    assertEquals(yuan(100_000).fen(), a.amountFen());
    assertEquals(
        List.of(new Debt(party("developer"), yuan(100_000).fen(), Optional.of(date("2021-06-01")))),
        a.recovery().orElseThrow().debts());
    Filing early = filing("2021-05-20", GuaranteeCode.NEW_HOME_SUBSCRIPTION, "unit");
    rejected(caseOf(d, early), "subscription-not-refunded");
  }

  // ---- Rentals --------------------------------------------------------------------------------

  private static final Deal FLAT = rental("flat", "tenant", "landlord", 6_000);

  @Test
  void rentalDepositWithheldBeyondTheJustifiedDeductionsIsAdvanced() {
    CaseDeal d =
        deal(
            FLAT,
            new LeaseSigned(date("2021-01-01"), party("tenant"), party("landlord"), yuan(12_000)),
            new MovedIn(date("2021-01-02")),
            new MovedOut(date("2021-12-31")),
            new SecurityDepositReturned(date("2022-01-02"), yuan(2_000)),
            new SecurityDepositWithheld(date("2022-01-02"), yuan(10_000), "墙面污损"));
    Filing f =
        filing("2022-01-10", GuaranteeCode.RENTAL_DEPOSIT, "flat")
            .with(Fact.JUSTIFIED_DEDUCTIONS, yuan(3_000));
    Assessment.Payable a = payable(caseOf(d, f));
    assertEquals(yuan(7_000).fen(), a.amountFen());
    assertEquals(List.of(party("landlord")), a.recovery().orElseThrow().debtors());
    rejected(
        caseOf(d, f.with(Fact.JUSTIFIED_DEDUCTIONS, yuan(10_000))),
        "deposit-withheld-without-cause");
    rejected(
        caseOf(d, filing("2022-01-10", GuaranteeCode.LOAN_REFUSAL, "flat")), Reason.NOT_COVERED);
  }

  @Test
  void aLandlordWhoSimplyKeepsTheDepositWithholdsItFromTheMoveOut() {
    CaseDeal d =
        deal(
            FLAT,
            new LeaseSigned(date("2021-01-01"), party("tenant"), party("landlord"), yuan(12_000)),
            new MovedIn(date("2021-01-02")),
            new MovedOut(date("2021-12-31")));
    Assessment.Payable a =
        payable(caseOf(d, filing("2022-01-30", GuaranteeCode.RENTAL_DEPOSIT, "flat")));
    assertEquals(yuan(12_000).fen(), a.amountFen());
    // The window counts from the move-out: 30 days later is 2022-01-30.
    Assessment late = assess(caseOf(d, filing("2022-01-31", GuaranteeCode.RENTAL_DEPOSIT, "flat")));
    assertEquals(List.of("filed-in-time"), late.reasons().stream().map(Reason::code).toList());
    rejected(
        caseOf(
            deal(
                FLAT,
                new LeaseSigned(
                    date("2021-01-01"), party("tenant"), party("landlord"), yuan(12_000)),
                new MovedIn(date("2021-01-02"))),
            filing("2021-06-01", GuaranteeCode.RENTAL_DEPOSIT, "flat")),
        "deposit-withheld-without-cause");
  }

  @Test
  void rentalLeakPaysTheDailyRentForEachUnusableDay() {
    CaseDeal d =
        deal(
            FLAT,
            new LeaseSigned(date("2021-01-01"), party("tenant"), party("landlord"), yuan(12_000)),
            new MovedIn(date("2021-01-02")));
    Filing f =
        filing("2021-06-05", GuaranteeCode.RENTAL_LEAK, "flat")
            .with(Fact.LEAK_FOUND_ON, date("2021-06-01"))
            .with(Fact.UNUSABLE_DAYS, 10L);
    // 6,000.00 a month is floor(600000 × 12 / 365) = 19726 fen a day.
    assertEquals(197_260L, payable(caseOf(d, f)).amountFen());
    rejected(caseOf(d, f.with(Fact.TENANT_CAUSED, true)), "leak-during-tenancy");
    rejected(caseOf(d, f.with(Fact.LEAK_FOUND_ON, date("2020-12-31"))), "leak-during-tenancy");
  }

  @Test
  void rentalSwitchWithinThreeDaysOfMovingIn() {
    CaseDeal d =
        deal(
            FLAT,
            new LeaseSigned(date("2021-01-01"), party("tenant"), party("landlord"), yuan(12_000)),
            new MovedIn(date("2021-01-02")));
    Filing f =
        filing("2021-01-05", GuaranteeCode.RENTAL_SWITCH, "flat")
            .with(Fact.RE_LETTING_COST, yuan(3_000))
            .with(Fact.RETURNED_AS_RECEIVED, true);
    assertEquals(yuan(3_000).fen(), payable(caseOf(d, f)).amountFen());
    Filing fourth =
        new Filing(date("2021-01-06"), f.guarantee(), f.deal(), f.claimant(), f.facts());
    rejected(caseOf(d, fourth), "filed-in-time");
    rejected(caseOf(d, f.with(Fact.RETURNED_AS_RECEIVED, false)), "unit-returned-as-received");
  }

  // ---- Per-report guarantees and the catalog --------------------------------------------------

  @Test
  void perReportGuaranteesAreNotDealClaimsButTheirFormulaIsTheCatalogs() {
    Filing f = filing("2021-09-01", GuaranteeCode.TRUE_LISTING, "home");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> caseOf(handedOver(HOME), f));
    assertEquals("filings[0].guarantee", e.field());
    assertThrows(
        InvalidInputException.class,
        () -> caseOf(handedOver(HOME), filing("2021-09-01", GuaranteeCode.NO_COLD_CALLS, "home")));
    PayoutRules rules = PayoutRules.of(CATALOG);
    assertEquals(yuan(300).fen(), rules.trueListing(3));
    assertEquals(yuan(10_000).fen(), rules.noColdCalls(1_000), "capped at 10,000.00");
  }

  @Test
  void aGuaranteeTheCatalogDoesNotOfferIsRejected() {
    List<Guarantee> without = new ArrayList<>(CATALOG.guarantees());
    without.removeIf(g -> g.code() == GuaranteeCode.SWAP_CANCELLATION);
    Catalog city = new Catalog("city", "1", "", without);
    Assessment a =
        CanonicalCasesTest.only(Assessor.of(city).assess(example("swap-cancellation.yaml")));
    assertInstanceOf(Assessment.Rejected.class, a);
    assertEquals(
        "not-offered: catalog city 1 does not offer SWAP_CANCELLATION",
        a.reasons().get(0).toString());
    assertEquals(PayoutKind.COMPENSATION, a.kind());
  }

  @Test
  void aCityCanMakeACompensationAnAdvanceAndTheAssessmentFollows() {
    Guarantee swap = CATALOG.get(GuaranteeCode.SWAP_CANCELLATION);
    Guarantee advanced =
        new Guarantee(
            swap.code(),
            swap.nameZh(),
            swap.nameEn(),
            swap.segments(),
            swap.stage(),
            PayoutKind.ADVANCE,
            swap.eligibility(),
            swap.filing(),
            swap.terms(),
            Optional.of(CATALOG.get(GuaranteeCode.HUKOU_NOT_MOVED).recovery().orElseThrow()),
            swap.provenance(),
            swap.source());
    Catalog city = replace(CATALOG, advanced);
    Assessment.Payable a =
        assertInstanceOf(
            Assessment.Payable.class,
            CanonicalCasesTest.only(Assessor.of(city).assess(example("swap-cancellation.yaml"))));
    assertEquals(PayoutKind.ADVANCE, a.kind());
    assertEquals(List.of(party("lin")), a.recovery().orElseThrow().debtors(), "from the seller");
  }

  @Test
  void aCapBelowTheLossPaysTheCap() {
    Catalog city = withTerm(CATALOG, GuaranteeCode.SWAP_CANCELLATION, Term.CAP, yuan(20_000).fen());
    Assessment a =
        CanonicalCasesTest.only(Assessor.of(city).assess(example("swap-cancellation.yaml")));
    assertEquals(yuan(20_000).fen(), a.amountFen());
    assertTrue(a.reasons().get(0).text().endsWith("= 20000.00, the cap"), a.reasons().toString());
  }

  // ---- Helpers --------------------------------------------------------------------------------

  private static CaseDeal withExtra(CaseDeal d, DealEvent event) {
    List<DealEvent> events = new ArrayList<>(d.events());
    events.add(event);
    return new CaseDeal(d.deal(), events, d.holdbackStated());
  }

  static Catalog withTerm(Catalog catalog, GuaranteeCode code, Term term, long value) {
    Guarantee g = catalog.get(code);
    Map<Term, Long> terms = new EnumMap<>(Term.class);
    terms.putAll(g.terms().values());
    terms.put(term, value);
    return replace(
        catalog,
        new Guarantee(
            g.code(),
            g.nameZh(),
            g.nameEn(),
            g.segments(),
            g.stage(),
            g.kind(),
            g.eligibility(),
            g.filing(),
            Terms.of(terms),
            g.recovery(),
            g.provenance(),
            g.source()));
  }

  static Catalog replace(Catalog catalog, Guarantee changed) {
    List<Guarantee> list = new ArrayList<>();
    for (Guarantee g : catalog.guarantees()) {
      list.add(g.code() == changed.code() ? changed : g);
    }
    return new Catalog("city", "test", "", list);
  }
}
