package org.anxin.domain.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anxin.domain.DealId;
import org.anxin.domain.FeeArrears;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.PropertyId;
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
import org.anxin.domain.deal.DealEvent.RefundPromised;
import org.anxin.domain.deal.DealEvent.Resold;
import org.anxin.domain.deal.DealEvent.SecurityDepositReturned;
import org.anxin.domain.deal.DealEvent.SecurityDepositWithheld;
import org.anxin.domain.deal.DealEvent.SigningPostponed;
import org.anxin.domain.deal.DealEvent.TitleTransferred;
import org.anxin.domain.deposit.DepositKind;
import org.junit.jupiter.api.Test;

/** Each lifecycle's order and each kind's own events, rule by rule. */
class LifecycleRulesTest {

  static final PartyId BUYER = PartyId.of("buyer");
  static final PartyId BUYER2 = PartyId.of("buyer2");
  static final PartyId SELLER = PartyId.of("seller");
  static final PartyId SELLER2 = PartyId.of("seller2");
  static final PartyId BROKER = PartyId.of("broker");
  static final LocalDate D = LocalDate.of(2022, 5, 1);
  static final Money ONE = Money.ofYuan(1);

  static Deal deal(DealKind kind) {
    return Deal.of(
        DealId.of(kind.name().toLowerCase(Locale.ROOT)),
        kind,
        PropertyId.of("p"),
        List.of(BUYER, BUYER2),
        List.of(SELLER, SELLER2),
        Money.ofYuan(1_000_000));
  }

  static DealState replay(DealKind kind, DealEvent... events) {
    return DealState.replay(deal(kind), List.of(events));
  }

  static InvalidInputException rejected(DealState s, DealEvent e) {
    return assertThrows(InvalidInputException.class, () -> s.apply(e));
  }

  static void assertNotInKind(DealKind kind, DealEvent e) {
    InvalidInputException x = rejected(DealState.open(deal(kind)), e);
    assertEquals("events[0].type", x.field(), e.type());
    assertTrue(
        x.getMessage().contains("does not happen in a " + kind + " deal"),
        e.type() + ": " + x.getMessage());
  }

  static void assertOutOfOrder(DealState s, DealEvent e, String rule) {
    InvalidInputException x = rejected(s, e);
    assertEquals("events[" + s.eventCount() + "].type", x.field());
    assertTrue(x.getMessage().contains(rule), x.getMessage());
  }

  @Test
  void eachKindHasItsOwnEvents() {
    FeeArrears fees = FeeArrears.ofTotal("物业", YearMonth.of(2020, 1), YearMonth.of(2020, 2), ONE);
    for (DealEvent e :
        List.of(
            new IntentMoneyPaid(D, BUYER, BROKER, ONE),
            DepositPaid.earnest(D, BUYER, SELLER, ONE, D),
            new SigningPostponed(D, D.plusDays(1)),
            new ContractSigned(D),
            new LoanApproved(D),
            new LoanRefused(D),
            new TitleTransferred(D),
            new HandedOver(D),
            new ArrearsClaimed(D, fees))) {
      assertNotInKind(DealKind.RENTAL, e);
    }
    for (DealEvent e :
        List.of(
            new LeaseSigned(D, BUYER, SELLER, ONE),
            new MovedIn(D),
            new MovedOut(D),
            new SecurityDepositReturned(D, ONE),
            new SecurityDepositWithheld(D, ONE, "x"))) {
      assertNotInKind(DealKind.RESALE, e);
      assertNotInKind(DealKind.NEW_HOME, e);
    }
    for (DealEvent e :
        List.of(new TitleTransferred(D), new ArrearsClaimed(D, fees), new Resold(D))) {
      assertNotInKind(DealKind.NEW_HOME, e);
    }
  }

  @Test
  void aResaleGoesInOrder() {
    DealState deposited =
        replay(DealKind.RESALE, DepositPaid.earnest(D, BUYER, SELLER, ONE, D.plusDays(9)));
    assertOutOfOrder(
        deposited,
        new IntentMoneyPaid(D, BUYER, BROKER, ONE),
        "intent money comes before the deposit");
    assertOutOfOrder(deposited, new LoanApproved(D), "a loan is decided after signing");
    assertOutOfOrder(deposited, new LoanRefused(D), "a loan is decided after signing");
    assertOutOfOrder(deposited, new TitleTransferred(D), "the title is transferred after signing");
    assertOutOfOrder(
        DealState.open(deal(DealKind.RESALE)),
        new SigningPostponed(D, D.plusDays(1)),
        "moved before signing");

    DealState signed = deposited.apply(new ContractSigned(D.plusDays(1)));
    assertOutOfOrder(signed, new ContractSigned(D.plusDays(2)), "the contract is signed once");
    assertOutOfOrder(
        signed, new SigningPostponed(D.plusDays(2), D.plusDays(20)), "moved before signing");

    DealState approved = signed.apply(new LoanApproved(D.plusDays(3)));
    assertOutOfOrder(approved, new LoanApproved(D.plusDays(4)), "a loan is decided after signing");
    assertOutOfOrder(approved, new LoanRefused(D.plusDays(4)), "a loan is decided after signing");
  }

  @Test
  void aDeadlineOnTheDayOfTheDepositIsAllowed() {
    DealState s = replay(DealKind.RESALE, DepositPaid.earnest(D, BUYER, SELLER, ONE, D));
    assertEquals(D, s.signingDeadline().orElseThrow());
    assertFalse(s.isSigned());
    assertTrue(s.apply(new ContractSigned(D)).isSigned());
    assertEquals("DealState[resale RESALE at DEPOSIT_PAID after 1 events]", s.toString());
  }

  @Test
  void intentMoneyPartiesAreChecked() {
    DealState open = DealState.open(deal(DealKind.RESALE));
    assertEquals(
        "events[0].payer", rejected(open, new IntentMoneyPaid(D, SELLER, BROKER, ONE)).field());
    assertEquals(
        "events[0].holder", rejected(open, new IntentMoneyPaid(D, BUYER, BUYER2, ONE)).field());
    assertEquals(
        "events[0].amount",
        rejected(open, new IntentMoneyPaid(D, BUYER, BROKER, Money.ZERO)).field());
  }

  @Test
  void holdingsMergePerHolderPayerAndKind() {
    DealState s =
        replay(
            DealKind.RESALE,
            new IntentMoneyPaid(D, BUYER, BROKER, ONE),
            new IntentMoneyPaid(D, BUYER, BROKER, ONE),
            new IntentMoneyPaid(D, BUYER2, BROKER, ONE));
    assertEquals(
        List.of(
            new Holding(BROKER, BUYER, DepositKind.INTENT_MONEY, Money.ofYuan(2)),
            new Holding(BROKER, BUYER2, DepositKind.INTENT_MONEY, ONE)),
        s.holdings());

    // At 转定 only the paying buyer's intent money is passed on.
    DealState converted = s.apply(DepositPaid.earnest(D, BUYER, SELLER, Money.ofYuan(5), D));
    assertEquals(
        List.of(
            new Holding(BROKER, BUYER2, DepositKind.INTENT_MONEY, ONE),
            new Holding(SELLER, BUYER, DepositKind.EARNEST, Money.ofYuan(5))),
        converted.holdings());
  }

  @Test
  void aNewHomeIsHandedOverAfterItsContract() {
    DealState subscribed =
        replay(DealKind.NEW_HOME, DepositPaid.earnest(D, BUYER, SELLER, ONE, D.plusDays(5)));
    assertOutOfOrder(
        subscribed, new HandedOver(D.plusDays(1)), "a new home is handed over after the contract");
    DealState approved =
        subscribed.apply(new ContractSigned(D.plusDays(1))).apply(new LoanApproved(D.plusDays(2)));
    assertEquals(DealStage.HANDED_OVER, approved.apply(new HandedOver(D.plusDays(3))).stage());
  }

  @Test
  void aRentalGoesInOrder() {
    DealState open = DealState.open(deal(DealKind.RENTAL));
    assertOutOfOrder(open, new MovedIn(D), "the tenant moves in after the lease is signed");
    assertOutOfOrder(open, new MovedOut(D), "the tenant moves out after moving in");
    DealState leased = open.apply(new LeaseSigned(D, BUYER, SELLER, ONE));
    assertOutOfOrder(leased, new LeaseSigned(D, BUYER, SELLER, ONE), "a lease is signed once");
    assertOutOfOrder(leased, new MovedOut(D), "the tenant moves out after moving in");
    assertOutOfOrder(
        leased,
        new SecurityDepositReturned(D, ONE),
        "the security deposit is settled after move-out");
    DealState out = leased.apply(new MovedIn(D)).apply(new MovedOut(D.plusDays(1)));
    assertEquals(
        "events[3].amount",
        rejected(out, new SecurityDepositReturned(D.plusDays(1), Money.ZERO)).field());
    assertOutOfOrder(out, new MovedIn(D.plusDays(2)), "the tenant moves in after the lease");
  }

  @Test
  void aLeaseWithoutSecurityDepositMovesNoMoney() {
    DealState s =
        replay(
            DealKind.RENTAL,
            new LeaseSigned(D, BUYER, SELLER, Money.ZERO),
            new MovedIn(D),
            new MovedOut(D.plusDays(30)));
    assertEquals(List.of(), s.transfers());
    assertEquals(List.of(), s.receivables());
  }

  @Test
  void debtsAreListedPerDebtorInDueOrder() {
    DealState s =
        replay(
            DealKind.RESALE,
            new DepositPaid(
                D,
                DepositKind.EARNEST,
                BUYER,
                List.of(
                    new Share(SELLER, Money.ofYuan(100)), new Share(SELLER2, Money.ofYuan(100))),
                D.plusDays(9)),
            Cancelled.of(D.plusDays(1), CancellationCause.SEIZURE_BEFORE_SIGNING),
            new RefundPromised(D.plusDays(2), SELLER, BUYER, Money.ofYuan(40), D.plusDays(30)));
    assertEquals(
        List.of(
            new Receivable(SELLER, BUYER, Money.ofYuan(60), D.plusDays(1)),
            new Receivable(SELLER, BUYER, Money.ofYuan(40), D.plusDays(30)),
            new Receivable(SELLER2, BUYER, Money.ofYuan(100), D.plusDays(1))),
        s.receivables());
    assertEquals(Money.ofYuan(200), s.owedTo(BUYER));
    assertEquals(Money.ZERO, s.owedTo(SELLER));
  }

  @Test
  void agreedAmountsMustNotBeMissing() {
    Map<PartyId, Money> withNull = new HashMap<>();
    withNull.put(SELLER, null);
    assertThrows(
        NullPointerException.class,
        () -> new Cancelled(D, CancellationCause.MUTUAL_AGREEMENT, Optional.empty(), withNull));
  }

  @Test
  void negativeAgreedAmountsAreRejected() {
    DealState s = replay(DealKind.RESALE, DepositPaid.earnest(D, BUYER, SELLER, ONE, D));
    InvalidInputException e =
        rejected(s, Cancelled.byAgreement(D, Map.of(SELLER, Money.ofFen(-1))));
    assertEquals("events[1].agreedReturns[seller]", e.field());
  }
}
