package org.anxin.domain.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.FeeArrears;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.PropertyId;
import org.anxin.domain.Refusal;
import org.anxin.domain.TitleReport;
import org.anxin.domain.deal.DealEvent.ArrearsClaimed;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.ContractSigned;
import org.anxin.domain.deal.DealEvent.DepositPaid;
import org.anxin.domain.deal.DealEvent.HandedOver;
import org.anxin.domain.deal.DealEvent.IntentMoneyPaid;
import org.anxin.domain.deal.DealEvent.LeaseSigned;
import org.anxin.domain.deal.DealEvent.LoanApproved;
import org.anxin.domain.deal.DealEvent.LoanRefused;
import org.anxin.domain.deal.DealEvent.MovedIn;
import org.anxin.domain.deal.DealEvent.MovedOut;
import org.anxin.domain.deal.DealEvent.RefundPaid;
import org.anxin.domain.deal.DealEvent.RefundPromised;
import org.anxin.domain.deal.DealEvent.Resold;
import org.anxin.domain.deal.DealEvent.SecurityDepositReturned;
import org.anxin.domain.deal.DealEvent.SecurityDepositWithheld;
import org.anxin.domain.deal.DealEvent.SigningPostponed;
import org.anxin.domain.deal.DealEvent.TitleSearched;
import org.anxin.domain.deal.DealEvent.TitleTransferred;
import org.anxin.domain.deal.Transfer.Purpose;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.domain.deposit.Fault;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DealLifecycleTest {

  static final PartyId BUYER = PartyId.of("buyer");
  static final PartyId SELLER = PartyId.of("seller");
  static final PartyId BROKER = PartyId.of("broker");
  static final PartyId A = PartyId.of("a");
  static final PartyId B = PartyId.of("b");
  static final LocalDate D1 = LocalDate.of(2021, 3, 1);
  static final LocalDate DEADLINE = LocalDate.of(2021, 3, 31);

  static final Deal RESALE =
      Deal.resale(DealId.of("r"), PropertyId.of("p"), BUYER, SELLER, Money.ofYuan(1_000_000));

  static Money yuan(long y) {
    return Money.ofYuan(y);
  }

  static LocalDate day(int n) {
    return D1.plusDays(n);
  }

  static DealState deposited(Deal deal, long depositYuan) {
    return DealState.open(deal)
        .apply(DepositPaid.earnest(D1, BUYER, SELLER, yuan(depositYuan), DEADLINE));
  }

  static InvalidInputException rejected(DealState state, DealEvent event) {
    return assertThrows(InvalidInputException.class, () -> state.apply(event));
  }

  @Nested
  class Resale {

    @Test
    void goesThroughEveryStageAndRecordsWhen() {
      DealState s =
          DealState.replay(
              RESALE,
              List.of(
                  new IntentMoneyPaid(D1, BUYER, BROKER, yuan(10_000)),
                  DepositPaid.earnest(day(2), BUYER, SELLER, yuan(100_000), DEADLINE),
                  new ContractSigned(day(10)),
                  new LoanApproved(day(20)),
                  new TitleTransferred(day(40)),
                  new HandedOver(day(45))));

      assertEquals(DealStage.HANDED_OVER, s.stage());
      assertEquals(
          List.of(
              DealStage.INTENT,
              DealStage.DEPOSIT_PAID,
              DealStage.SIGNED,
              DealStage.LOAN_APPROVED,
              DealStage.TRANSFERRED,
              DealStage.HANDED_OVER),
          List.copyOf(s.milestones().keySet()));
      assertEquals(Optional.of(day(10)), s.reachedOn(DealStage.SIGNED));
      assertEquals(Optional.empty(), s.reachedOn(DealStage.CANCELLED));
      assertTrue(s.isSigned());
      assertEquals(6, s.eventCount());
      assertEquals(Optional.of(day(45)), s.lastEventDate());
      assertEquals(yuan(100_000), s.appliedToPrice());
      assertEquals(List.of(), s.holdings());
      assertFalse(s.isCancelled());
    }

    @Test
    void intentMoneyIsPassedOnAsPartOfTheDeposit() {
      DealState s =
          DealState.replay(
              RESALE,
              List.of(
                  new IntentMoneyPaid(D1, BUYER, BROKER, yuan(10_000)),
                  DepositPaid.earnest(day(1), BUYER, SELLER, yuan(100_000), DEADLINE)));

      assertEquals(
          List.of(
              new Transfer(D1, BUYER, BROKER, yuan(10_000), Purpose.INTENT_MONEY),
              new Transfer(day(1), BROKER, SELLER, yuan(10_000), Purpose.INTENT_MONEY_APPLIED),
              new Transfer(day(1), BUYER, SELLER, yuan(90_000), Purpose.DEPOSIT)),
          s.transfers());
      assertEquals(
          List.of(new Holding(SELLER, BUYER, DepositKind.EARNEST, yuan(100_000))), s.holdings());
      assertEquals(yuan(10_000), s.paid(DepositKind.INTENT_MONEY));
      assertEquals(yuan(100_000), s.paid(DepositKind.EARNEST));
      assertEquals(Money.ZERO, s.netPosition(BROKER));
    }

    @Test
    void intentMoneyAboveTheDepositGoesBackToTheBuyer() {
      DealState s =
          DealState.replay(
              RESALE,
              List.of(
                  new IntentMoneyPaid(D1, BUYER, BROKER, yuan(120_000)),
                  DepositPaid.earnest(day(1), BUYER, SELLER, yuan(100_000), DEADLINE)));

      assertEquals(
          new Transfer(day(1), BROKER, BUYER, yuan(20_000), Purpose.REFUND),
          s.transfers().get(s.transfers().size() - 1));
      assertEquals(yuan(-100_000), s.netPosition(BUYER));
      assertEquals(Money.ZERO, s.netPosition(BROKER));
    }

    @Test
    void intentMoneyHeldByTheSellerDoesNotMoveAtConversion() {
      DealState s =
          DealState.replay(
              RESALE,
              List.of(
                  new IntentMoneyPaid(D1, BUYER, SELLER, yuan(10_000)),
                  DepositPaid.earnest(day(1), BUYER, SELLER, yuan(50_000), DEADLINE)));

      assertEquals(2, s.transfers().size());
      assertEquals(yuan(40_000), s.transfers().get(1).amount());
      assertEquals(yuan(50_000), s.held(SELLER));
    }

    @Test
    void anOfferDeclinedRefundsTheIntentMoney() {
      DealState s =
          DealState.replay(
              RESALE,
              List.of(
                  new IntentMoneyPaid(D1, BUYER, BROKER, yuan(10_000)),
                  Cancelled.of(day(1), CancellationCause.OFFER_DECLINED)));

      assertEquals(List.of(new Receivable(BROKER, BUYER, yuan(10_000), day(1))), s.receivables());
    }

    @Test
    void signingDeadlineMovesOnlyLater() {
      DealState s = deposited(RESALE, 100_000);
      s = s.apply(new SigningPostponed(day(5), DEADLINE.plusDays(7)));
      assertEquals(Optional.of(DEADLINE.plusDays(7)), s.signingDeadline());

      InvalidInputException e = rejected(s, new SigningPostponed(day(6), DEADLINE));
      assertEquals("events[2].newDeadline", e.field());
      assertTrue(e.getMessage().contains("must be after the current signing deadline"));
    }

    @Test
    void signingAfterTheDeadlineNeedsAPostponement() {
      InvalidInputException e =
          rejected(deposited(RESALE, 100_000), new ContractSigned(DEADLINE.plusDays(1)));
      assertEquals("events[1].date", e.field());
      assertTrue(e.getMessage().contains("record a SigningPostponed first"), e.getMessage());
    }

    @Test
    void aTitleReportIsKept() {
      TitleReport report = TitleReport.clean(day(3), List.of(SELLER));
      DealState s = deposited(RESALE, 100_000).apply(new TitleSearched(report));
      assertEquals(List.of(report), s.titleReports());
      assertEquals(day(3), new TitleSearched(report).date());
    }

    @Test
    void arrearsNeedASignedContract() {
      FeeArrears fees =
          FeeArrears.ofTotal("物业", YearMonth.of(2020, 1), YearMonth.of(2020, 12), yuan(1_000));
      InvalidInputException e =
          rejected(deposited(RESALE, 100_000), new ArrearsClaimed(day(2), fees));
      assertEquals("events[1].type", e.field());
    }
  }

  @Nested
  class FaultTable {

    @Test
    void buyerAtFaultForfeitsTheLegalDepositAndGetsTheExcessBack() {
      // Price 1,000,000: the cap is 200,000, so 100,000 of the 300,000 is ordinary money.
      DealState s =
          deposited(RESALE, 300_000).apply(Cancelled.of(day(3), CancellationCause.BUYER_WITHDRAWS));

      assertEquals(yuan(200_000), s.legalDeposit());
      assertEquals(List.of(new Receivable(SELLER, BUYER, yuan(100_000), day(3))), s.receivables());
      assertEquals(yuan(-200_000), s.settlementGain(BUYER));
    }

    @Test
    void sellerAtFaultReturnsTwiceTheLegalDepositPlusTheExcess() {
      DealState s =
          deposited(RESALE, 300_000)
              .apply(Cancelled.of(day(3), CancellationCause.SELLER_WITHDRAWS));

      assertEquals(Optional.of(Fault.RECEIVER), s.cancellation().orElseThrow().fault());
      assertEquals(yuan(500_000), s.owed(SELLER, BUYER));
      assertEquals(yuan(200_000), s.settlementGain(BUYER));
      assertEquals(yuan(-200_000), s.settlementGain(SELLER));
    }

    @Test
    void aRefusedLoanWithoutLoanClauseIsTheBuyersFault() {
      DealState s =
          DealState.replay(
              RESALE,
              List.of(
                  DepositPaid.earnest(D1, BUYER, SELLER, yuan(100_000), DEADLINE),
                  new ContractSigned(day(5)),
                  new LoanRefused(day(20)),
                  Cancelled.of(day(21), CancellationCause.LOAN_REFUSED)));

      assertEquals(Optional.of(day(20)), s.loanRefusedOn());
      assertEquals(Optional.of(Fault.PAYER), s.cancellation().orElseThrow().fault());
      assertEquals(List.of(), s.receivables());
    }

    @Test
    void aRefusedLoanWithALoanClauseIsRefunded() {
      Deal withClause = RESALE.withTerms(ContractTerms.STANDARD.withLoanClause(true));
      DealState s =
          DealState.replay(
              withClause,
              List.of(
                  DepositPaid.earnest(D1, BUYER, SELLER, yuan(100_000), DEADLINE),
                  new ContractSigned(day(5)),
                  new LoanRefused(day(20)),
                  Cancelled.of(day(21), CancellationCause.LOAN_REFUSED)));

      assertEquals(Optional.of(Fault.NOBODY), s.cancellation().orElseThrow().fault());
      assertEquals(yuan(100_000), s.owed(SELLER, BUYER));
    }

    @Test
    void theContractOverridesTheDefaultTable() {
      Deal lenient =
          RESALE.withTerms(
              ContractTerms.STANDARD.withFault(CancellationCause.BUYER_CANNOT_FUND, Fault.NOBODY));
      DealState s =
          deposited(lenient, 100_000)
              .apply(Cancelled.of(day(3), CancellationCause.BUYER_CANNOT_FUND));

      assertEquals(yuan(100_000), s.owed(SELLER, BUYER));
    }

    @Test
    void anExplicitFaultOverridesTheContract() {
      Deal lenient =
          RESALE.withTerms(
              ContractTerms.STANDARD.withFault(CancellationCause.BUYER_CANNOT_FUND, Fault.NOBODY));
      DealState s =
          deposited(lenient, 100_000)
              .apply(Cancelled.atFault(day(3), CancellationCause.BUYER_CANNOT_FUND, Fault.PAYER));

      assertEquals(Money.ZERO, s.owed(SELLER, BUYER));
    }

    @Test
    void anAdvancePaymentIsRefundedWhoeverIsAtFault() {
      DealState s =
          DealState.replay(
              RESALE,
              List.of(
                  new DepositPaid(
                      D1,
                      DepositKind.ADVANCE_PAYMENT,
                      BUYER,
                      List.of(new Share(SELLER, yuan(50_000))),
                      DEADLINE),
                  Cancelled.of(day(2), CancellationCause.BUYER_WITHDRAWS)));

      assertEquals(yuan(50_000), s.owed(SELLER, BUYER));
      assertEquals(Money.ZERO, s.legalDeposit());
    }

    @Test
    void coOwnersShareThePenaltyInProportion() {
      Deal coOwned =
          Deal.of(
              DealId.of("co"),
              DealKind.RESALE,
              PropertyId.of("p"),
              List.of(BUYER),
              List.of(A, B),
              yuan(1_000_000));
      DealState s =
          DealState.replay(
              coOwned,
              List.of(
                  new DepositPaid(
                      D1,
                      DepositKind.EARNEST,
                      BUYER,
                      List.of(new Share(A, yuan(100_000)), new Share(B, yuan(200_000))),
                      DEADLINE),
                  Cancelled.of(day(1), CancellationCause.BUYER_WITHDRAWS)));

      // 300,000 paid, 200,000 legal: A keeps a third of it (66,666.666… → 66,666.67, the larger
      // remainder takes the odd fen), B two thirds (133,333.33); the excess comes back.
      assertEquals(Money.parse("33333.33"), s.owed(A, BUYER));
      assertEquals(Money.parse("66666.67"), s.owed(B, BUYER));
      assertEquals(yuan(-200_000), s.settlementGain(BUYER));
    }

    @Test
    void aMutualAgreementSettlesByItsAmounts() {
      Deal coOwned =
          Deal.of(
              DealId.of("co"),
              DealKind.RESALE,
              PropertyId.of("p"),
              List.of(BUYER),
              List.of(A, B),
              yuan(1_000_000));
      DealState s =
          DealState.open(coOwned)
              .apply(
                  new DepositPaid(
                      D1,
                      DepositKind.EARNEST,
                      BUYER,
                      List.of(new Share(A, yuan(100_000)), new Share(B, yuan(100_000))),
                      DEADLINE));
      Map<PartyId, Money> agreed = new LinkedHashMap<>();
      agreed.put(A, yuan(100_000));
      agreed.put(B, yuan(30_000));

      DealState cancelled = s.apply(Cancelled.byAgreement(day(2), agreed));

      assertEquals(Optional.empty(), cancelled.cancellation().orElseThrow().fault());
      assertEquals(yuan(100_000), cancelled.owed(A, BUYER));
      assertEquals(yuan(30_000), cancelled.owed(B, BUYER));
      assertEquals(yuan(70_000), cancelled.settlementGain(B));

      InvalidInputException missing =
          rejected(s, Cancelled.byAgreement(day(2), Map.of(A, yuan(1))));
      assertEquals("events[1].agreedReturns", missing.field());
      assertEquals("b", missing.value());

      InvalidInputException stranger =
          rejected(
              s, Cancelled.byAgreement(day(2), Map.of(A, yuan(1), B, yuan(1), BROKER, Money.ZERO)));
      assertEquals("broker", stranger.value());

      InvalidInputException withFault =
          rejected(
              s,
              new Cancelled(
                  day(2), CancellationCause.MUTUAL_AGREEMENT, Optional.of(Fault.PAYER), agreed));
      assertEquals("events[1].fault", withFault.field());

      InvalidInputException amountsWithoutAgreement =
          rejected(
              s,
              new Cancelled(day(2), CancellationCause.SELLER_WITHDRAWS, Optional.empty(), agreed));
      assertEquals("events[1].agreedReturns", amountsWithoutAgreement.field());
    }

    @Test
    void causesMustFitTheHistory() {
      DealState s = deposited(RESALE, 100_000);
      assertEquals(
          "events[1].cause",
          rejected(s, Cancelled.of(day(1), CancellationCause.LOAN_REFUSED)).field());
      assertEquals(
          "events[1].cause",
          rejected(s, Cancelled.of(day(1), CancellationCause.OFFER_DECLINED)).field());
      assertEquals(
          "events[1].cause",
          rejected(s, Cancelled.of(day(1), CancellationCause.SEIZURE_AFTER_SIGNING)).field());
      DealState signed = s.apply(new ContractSigned(day(2)));
      assertEquals(
          "events[2].cause",
          rejected(signed, Cancelled.of(day(3), CancellationCause.SEIZURE_BEFORE_SIGNING)).field());
      assertTrue(
          signed.tryApply(Cancelled.of(day(3), CancellationCause.SEIZURE_AFTER_SIGNING)).isRight());
    }
  }

  @Nested
  class Refunds {

    DealState owing() {
      return deposited(RESALE, 100_000)
          .apply(Cancelled.of(day(3), CancellationCause.SELLER_WITHDRAWS));
    }

    @Test
    void partialRefundsAndPromisesReschedulingTheMostOverduePart() {
      DealState s = owing();
      assertEquals(List.of(new Receivable(SELLER, BUYER, yuan(200_000), day(3))), s.receivables());

      s = s.apply(new RefundPromised(day(4), SELLER, BUYER, yuan(150_000), day(60)));
      assertEquals(
          List.of(
              new Receivable(SELLER, BUYER, yuan(50_000), day(3)),
              new Receivable(SELLER, BUYER, yuan(150_000), day(60))),
          s.receivables());

      s = s.apply(new RefundPaid(day(10), SELLER, BUYER, yuan(80_000)));
      assertEquals(List.of(new Receivable(SELLER, BUYER, yuan(120_000), day(60))), s.receivables());

      s = s.apply(new RefundPromised(day(11), SELLER, BUYER, yuan(20_000), day(30)));
      assertEquals(
          List.of(
              new Receivable(SELLER, BUYER, yuan(20_000), day(30)),
              new Receivable(SELLER, BUYER, yuan(100_000), day(60))),
          s.receivables());

      s = s.apply(new RefundPromised(day(12), SELLER, BUYER, yuan(20_000), day(60)));
      assertEquals(List.of(new Receivable(SELLER, BUYER, yuan(120_000), day(60))), s.receivables());
      assertEquals(yuan(80_000 - 100_000), s.netPosition(BUYER));
    }

    @Test
    void aRefundLargerThanWhatIsOwedIsRejected() {
      InvalidInputException e =
          rejected(owing(), new RefundPaid(day(4), SELLER, BUYER, yuan(200_001)));

      assertEquals("events[2].amount", e.field());
      assertEquals("200001.00", e.value());
      assertEquals(
          "events[2].amount: deal r, RefundPaid on 2021-03-05: seller owes buyer only 200000.00"
              + " (got 200001.00)",
          e.getMessage());
    }

    @Test
    void aRefundFromSomeoneWhoOwesNothingIsRejected() {
      InvalidInputException e = rejected(owing(), new RefundPaid(day(4), BROKER, BUYER, yuan(1)));
      assertEquals("events[2].from", e.field());
      assertEquals("broker", e.value());
    }

    @Test
    void aPromiseCannotBeDueBeforeItIsMade() {
      InvalidInputException e =
          rejected(owing(), new RefundPromised(day(4), SELLER, BUYER, yuan(1), day(3)));
      assertEquals("events[2].due", e.field());
    }

    @Test
    void noRefundBeforeACancellation() {
      InvalidInputException e =
          rejected(deposited(RESALE, 100_000), new RefundPaid(day(1), SELLER, BUYER, yuan(1)));
      assertEquals("events[1].type", e.field());
    }

    @Test
    void zeroOrNegativeRefundsAreRejected() {
      assertEquals(
          "events[2].amount",
          rejected(owing(), new RefundPaid(day(4), SELLER, BUYER, Money.ZERO)).field());
      assertEquals(
          "events[2].amount",
          rejected(owing(), new RefundPaid(day(4), SELLER, BUYER, yuan(-5))).field());
    }

    @Test
    void aCancelledSaleCanBeResoldOnce() {
      DealState s = owing().apply(new Resold(day(20)));
      assertEquals(Optional.of(day(20)), s.resoldOn());
      assertEquals("events[3].type", rejected(s, new Resold(day(21))).field());
      assertEquals(
          "events[1].type", rejected(deposited(RESALE, 100_000), new Resold(day(21))).field());
    }
  }

  @Nested
  class ImpossibleSequences {

    @Test
    void handoverBeforeTransfer() {
      DealState signed = deposited(RESALE, 100_000).apply(new ContractSigned(day(5)));

      Either<Refusal, DealState> result = signed.tryApply(new HandedOver(day(6)));

      Refusal r = result.getLeft();
      Refusal.Event at = r.event().orElseThrow();
      assertEquals(2, at.index());
      assertEquals("HandedOver", at.type());
      assertEquals(day(6), at.date());
      assertEquals(DealId.of("r"), at.deal());
      assertEquals("type", r.field());
      assertEquals("events[2].type", r.path());
      assertEquals(
          "events[2].type: deal r, HandedOver on 2021-03-07: a resale is handed over after the"
              + " title transfer; the deal is at stage SIGNED (got 'HandedOver')",
          r.message());
    }

    @Test
    void dateGoingBackwards() {
      InvalidInputException e =
          rejected(deposited(RESALE, 100_000), new ContractSigned(D1.minusDays(1)));
      assertEquals("events[1].date", e.field());
      assertTrue(e.getMessage().contains("before the previous event's date 2021-03-01"));
    }

    @Test
    void anyEventAfterCancellation() {
      DealState cancelled =
          deposited(RESALE, 100_000).apply(Cancelled.of(day(2), CancellationCause.BUYER_WITHDRAWS));
      InvalidInputException e = rejected(cancelled, new ContractSigned(day(3)));
      assertEquals("events[2].type", e.field());
      assertTrue(e.getMessage().contains("was cancelled on 2021-03-03"));
      assertEquals(
          "events[2].type",
          rejected(cancelled, Cancelled.of(day(3), CancellationCause.BUYER_WITHDRAWS)).field());
    }

    @Test
    void cancellationAfterTheTransfer() {
      DealState transferred =
          deposited(RESALE, 100_000)
              .apply(new ContractSigned(day(5)))
              .apply(new TitleTransferred(day(6)));
      assertEquals(
          "events[3].type",
          rejected(transferred, Cancelled.of(day(7), CancellationCause.SELLER_WITHDRAWS)).field());
    }

    @Test
    void badDeposits() {
      DealState open = DealState.open(RESALE);
      assertEquals(
          "events[0].shares[0].amount",
          rejected(open, DepositPaid.earnest(D1, BUYER, SELLER, yuan(-1), DEADLINE)).field());
      assertEquals(
          "events[0].payer",
          rejected(open, DepositPaid.earnest(D1, SELLER, BROKER, yuan(1), DEADLINE)).field());
      assertEquals(
          "events[0].shares[0].holder",
          rejected(open, DepositPaid.earnest(D1, BUYER, BUYER, yuan(1), DEADLINE)).field());
      assertEquals(
          "events[0].signingDeadline",
          rejected(open, DepositPaid.earnest(D1, BUYER, SELLER, yuan(1), D1.minusDays(1))).field());
      assertEquals(
          "events[0].shares",
          rejected(open, new DepositPaid(D1, DepositKind.EARNEST, BUYER, List.of(), DEADLINE))
              .field());
      assertEquals(
          "events[0].kind",
          rejected(
                  open,
                  new DepositPaid(
                      D1,
                      DepositKind.SECURITY_DEPOSIT,
                      BUYER,
                      List.of(new Share(SELLER, yuan(1))),
                      DEADLINE))
              .field());
      assertEquals(
          "events[0].shares[1].holder",
          rejected(
                  open,
                  new DepositPaid(
                      D1,
                      DepositKind.EARNEST,
                      BUYER,
                      List.of(new Share(SELLER, yuan(1)), new Share(SELLER, yuan(2))),
                      DEADLINE))
              .field());
      assertEquals(
          "events[1].type",
          rejected(deposited(RESALE, 1), DepositPaid.earnest(D1, BUYER, SELLER, yuan(1), DEADLINE))
              .field());
    }

    @Test
    void eventsOfAnotherKindOfDeal() {
      assertEquals("events[0].type", rejected(DealState.open(RESALE), new MovedIn(D1)).field());
      assertEquals(
          "events[0].type",
          rejected(DealState.open(RENTAL), new IntentMoneyPaid(D1, BUYER, BROKER, yuan(1)))
              .field());
    }

    @Test
    void theRejectedEventLeavesTheStateAsItWas() {
      DealState s = deposited(RESALE, 100_000);
      assertTrue(s.tryApply(new RefundPaid(day(1), SELLER, BUYER, yuan(1))).isLeft());
      assertEquals(1, s.eventCount());
      assertEquals(yuan(100_000), s.held(SELLER));
    }

    @Test
    void replayNamesTheFirstBadEvent() {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () ->
                  DealState.replay(
                      RESALE,
                      List.of(
                          DepositPaid.earnest(D1, BUYER, SELLER, yuan(1), DEADLINE),
                          new ContractSigned(day(1)),
                          new HandedOver(day(2)))));
      assertEquals("events[2].type", e.field());
    }
  }

  static final PartyId TENANT = PartyId.of("tenant");
  static final PartyId LANDLORD = PartyId.of("landlord");
  static final Deal RENTAL =
      Deal.rental(DealId.of("lease"), PropertyId.of("p"), TENANT, LANDLORD, yuan(8_000));

  @Nested
  class Rental {

    DealState movedOut() {
      return DealState.replay(
          RENTAL,
          List.of(
              new LeaseSigned(D1, TENANT, LANDLORD, yuan(16_000)),
              new MovedIn(day(5)),
              new MovedOut(day(370))));
    }

    @Test
    void theSecurityDepositIsOwedBackAtMoveOut() {
      DealState s = movedOut();
      assertEquals(DealStage.MOVED_OUT, s.stage());
      assertEquals(List.of(), s.holdings());
      assertEquals(
          List.of(new Receivable(LANDLORD, TENANT, yuan(16_000), day(370))), s.receivables());

      s = s.apply(new SecurityDepositWithheld(day(372), yuan(2_000), "damaged floor"));
      s = s.apply(new SecurityDepositReturned(day(372), yuan(14_000)));

      assertEquals(List.of(), s.receivables());
      assertEquals(yuan(-2_000), s.netPosition(TENANT));
      assertEquals(1, s.withholdings().size());
      assertEquals(yuan(16_000), s.paid(DepositKind.SECURITY_DEPOSIT));
    }

    @Test
    void theLandlordCannotReturnOrKeepMoreThanItHolds() {
      assertEquals(
          "events[3].amount",
          rejected(movedOut(), new SecurityDepositReturned(day(371), yuan(16_001))).field());
      assertEquals(
          "events[3].amount",
          rejected(movedOut(), new SecurityDepositWithheld(day(371), yuan(16_001), "x")).field());
      assertEquals(
          "events[3].reason",
          rejected(movedOut(), new SecurityDepositWithheld(day(371), yuan(1), " ")).field());
    }

    @Test
    void aLeaseCancelledBeforeMoveInRefundsTheSecurityDepositNotDouble() {
      DealState s =
          DealState.replay(
              RENTAL,
              List.of(
                  new LeaseSigned(D1, TENANT, LANDLORD, yuan(16_000)),
                  Cancelled.of(day(1), CancellationCause.SELLER_WITHDRAWS)));
      assertEquals(yuan(16_000), s.owed(LANDLORD, TENANT));
    }

    @Test
    void noCancellationAfterMoveInAndNoReturnBeforeMoveOut() {
      DealState in =
          DealState.replay(
              RENTAL, List.of(new LeaseSigned(D1, TENANT, LANDLORD, yuan(1)), new MovedIn(day(1))));
      assertEquals(
          "events[2].type",
          rejected(in, Cancelled.of(day(2), CancellationCause.BUYER_WITHDRAWS)).field());
      assertEquals(
          "events[2].type", rejected(in, new SecurityDepositReturned(day(2), yuan(1))).field());
    }

    @Test
    void leasePartiesMustBeOnTheDeal() {
      DealState open = DealState.open(RENTAL);
      assertEquals(
          "events[0].tenant",
          rejected(open, new LeaseSigned(D1, LANDLORD, LANDLORD, yuan(1))).field());
      assertEquals(
          "events[0].landlord",
          rejected(open, new LeaseSigned(D1, TENANT, BROKER, yuan(1))).field());
      assertEquals(
          "events[0].securityDeposit",
          rejected(open, new LeaseSigned(D1, TENANT, LANDLORD, yuan(-1))).field());
    }
  }

  @Nested
  class NewHome {

    static final PartyId DEVELOPER = PartyId.of("developer");
    final Deal deal =
        Deal.newHome(DealId.of("nh"), PropertyId.of("unit"), BUYER, DEVELOPER, yuan(6_000_000));

    @Test
    void subscriptionContractHandover() {
      DealState s =
          DealState.replay(
              deal,
              List.of(
                  DepositPaid.earnest(D1, BUYER, DEVELOPER, yuan(50_000), DEADLINE),
                  new ContractSigned(day(7)),
                  new HandedOver(day(300))));
      assertEquals(DealStage.HANDED_OVER, s.stage());
      assertEquals(yuan(50_000), s.appliedToPrice());
      assertEquals(
          "events[2].type",
          rejected(
                  DealState.replay(
                      deal,
                      List.of(
                          DepositPaid.earnest(D1, BUYER, DEVELOPER, yuan(50_000), DEADLINE),
                          new ContractSigned(day(7)))),
                  new TitleTransferred(day(8)))
              .field());
    }

    @Test
    void aDeveloperWhoWithdrawsReturnsDouble() {
      DealState s =
          DealState.replay(
              deal,
              List.of(
                  DepositPaid.earnest(D1, BUYER, DEVELOPER, yuan(50_000), DEADLINE),
                  Cancelled.of(day(3), CancellationCause.SELLER_WITHDRAWS)));
      assertEquals(yuan(100_000), s.owed(DEVELOPER, BUYER));
    }
  }
}
