package org.anxin.domain.deal;

import java.util.Arrays;
import java.util.Set;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deal.DealEvent.RefundPaid;
import org.anxin.domain.deal.DealEvent.RefundPromised;
import org.anxin.domain.deal.DealEvent.TitleSearched;
import org.anxin.domain.deal.Transfer.Purpose;

/**
 * What the lifecycles of every kind share: the checks their rules are written in, and the events
 * that happen the same way in every kind (a title search, a cancellation, refunds after it). Each
 * kind's subclass is the {@link DealEvent.Visitor} that says, for every type of event, whether and
 * at which stage it happens in that kind; it implements every {@code visit} method itself (this
 * class has none), so a new event type does not compile until each kind has decided.
 *
 * <p>Each step returns {@link Void} ({@code null}) so that a {@code visit} method is one line. A
 * failed check throws {@link Reject}.
 */
abstract class Lifecycle {

  /** The fields being changed: a copy, dropped if the event is rejected. */
  final DealFields s;

  final MoneyBook money;

  Lifecycle(DealFields s) {
    this.s = s;
    this.money = s.money;
  }

  /** The lifecycle rules of the deal's kind, applied to {@code s}. */
  static DealEvent.Visitor<Void> of(DealFields s) {
    return switch (s.deal.kind()) {
      case RESALE -> new ResaleLifecycle(s);
      case NEW_HOME -> new NewHomeLifecycle(s);
      case RENTAL -> new RentalLifecycle(s);
    };
  }

  // ---- Events every kind shares ----------------------------------------------------------------

  final Void titleSearched(TitleSearched e) {
    s.titleReports.add(e.report());
    return null;
  }

  /**
   * Cancels the deal if it is at one of the {@code cancellable} stages of its kind and {@code e}'s
   * cause fits its history; the holdings are then settled and owed back, due today.
   */
  final Void cancelled(Cancelled e, Set<DealStage> cancellable) {
    if (!cancellable.contains(s.stage)) {
      throw new Reject(
          "type",
          e.type(),
          "a deal cannot be cancelled once it is at stage " + s.stage + " (it completed)");
    }
    CancellationCause cause = e.cause();
    switch (cause) {
      case OFFER_DECLINED -> {
        if (s.stage != DealStage.OPEN && s.stage != DealStage.INTENT) {
          throw new Reject(
              "cause", cause, "the offer was accepted: the deal is at stage " + s.stage);
        }
      }
      case LOAN_REFUSED -> {
        if (s.loanRefusedOn == null) {
          throw new Reject("cause", cause, "no loan was refused (record LoanRefused first)");
        }
      }
      case SEIZURE_BEFORE_SIGNING -> {
        if (s.isSigned()) {
          throw new Reject(
              "cause", cause, "the contract is already signed; use SEIZURE_AFTER_SIGNING");
        }
      }
      case SEIZURE_AFTER_SIGNING -> {
        if (!s.isSigned()) {
          throw new Reject(
              "cause", cause, "the contract is not signed yet; use SEIZURE_BEFORE_SIGNING");
        }
      }
      default -> {}
    }
    Cancellation cancellation = DepositSettlement.settle(e, s.deal, money.holdings());
    money.settleHoldings(cancellation.settlement(), e.date());
    s.cancellation = cancellation;
    s.reach(DealStage.CANCELLED, e.date());
    return null;
  }

  final Void refundPaid(RefundPaid e) {
    requireOwed(e, e.from(), e.to(), e.amount());
    money.repay(e.date(), e.from(), e.to(), e.amount(), Purpose.REFUND);
    return null;
  }

  final Void refundPromised(RefundPromised e) {
    requireOwed(e, e.from(), e.to(), e.amount());
    if (e.due().isBefore(e.date())) {
      throw new Reject("due", e.due(), "is before the promise was made");
    }
    money.reschedule(e.from(), e.to(), e.amount(), e.due());
    return null;
  }

  // ---- Checks ----------------------------------------------------------------------------------

  /** The rejection of an event that never happens in this kind of deal. */
  final Reject notIn(DealEvent e) {
    return new Reject("type", e.type(), "does not happen in a " + s.deal.kind() + " deal");
  }

  final void requireStage(DealEvent e, String rule, DealStage... allowed) {
    if (!Arrays.asList(allowed).contains(s.stage)) {
      throw new Reject("type", e.type(), rule + "; the deal is at stage " + s.stage);
    }
  }

  final void requireBuyer(String field, PartyId party) {
    if (!s.deal.buyers().contains(party)) {
      throw new Reject(field, party, "is not a buyer of this deal " + s.deal.buyers());
    }
  }

  final void requireNotBuyer(String field, PartyId party) {
    if (s.deal.buyers().contains(party)) {
      throw new Reject(field, party, "is a buyer; money goes to a seller or the broker");
    }
  }

  static void requirePositive(String field, Money amount) {
    if (!amount.isPositive()) {
      throw new Reject(field, amount, "must be positive");
    }
  }

  private void requireOwed(DealEvent e, PartyId from, PartyId to, Money amount) {
    requireStage(e, "a refund follows a cancellation", DealStage.CANCELLED);
    requirePositive("amount", amount);
    Money owed = money.owed(from, to);
    if (owed.isZero()) {
      throw new Reject("from", from, "owes " + to + " nothing on this deal");
    }
    if (amount.compareTo(owed) > 0) {
      throw new Reject("amount", amount, from + " owes " + to + " only " + owed);
    }
  }
}
