package org.anxin.domain.deal;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.Refusal;
import org.anxin.domain.TitleReport;
import org.anxin.domain.deal.DealEvent.ArrearsClaimed;
import org.anxin.domain.deal.DealEvent.SecurityDepositWithheld;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.domain.deposit.DepositLaw;

/**
 * What a deal's history adds up to: an immutable fold over its dated events. Start from {@link
 * #open(Deal)} or {@link #replay(Deal, List)}, then {@link #apply} or {@link #tryApply} one event
 * at a time; each returns a new state and leaves this one as it was.
 *
 * <p>Money is tracked as it really moves: every payment is a {@link Transfer} between two parties
 * (so the {@link #netPositions()} of all parties always sum to zero), money not yet settled is a
 * {@link Holding}, and money owed but not yet paid is a {@link Receivable} with a due date.
 */
public final class DealState {

  /** The fields, never changed once this state wraps them (the fold changes copies). */
  private final DealFields f;

  DealState(DealFields f) {
    this.f = f;
  }

  /** The state of {@code deal} before anything has happened. */
  public static DealState open(Deal deal) {
    return new DealState(new DealFields(Objects.requireNonNull(deal, "deal")));
  }

  /**
   * The state after all {@code events}, in order.
   *
   * @throws InvalidInputException at the first event that cannot happen, naming its index, type,
   *     date, field and value (e.g. {@code events[3].amount})
   */
  public static DealState replay(Deal deal, List<? extends DealEvent> events) {
    return tryReplay(deal, events).getOrElseThrow(Refusal::toException);
  }

  /** The state after all {@code events}, or the first event's {@link Refusal}. */
  public static Either<Refusal, DealState> tryReplay(Deal deal, List<? extends DealEvent> events) {
    DealState state = open(deal);
    for (DealEvent event : events) {
      Either<Refusal, DealState> next = state.tryApply(event);
      if (next.isLeft()) {
        return next;
      }
      state = next.get();
    }
    return Either.right(state);
  }

  /** This state after {@code event}, or why {@code event} cannot happen now. */
  public Either<Refusal, DealState> tryApply(DealEvent event) {
    return DealFold.step(this, event);
  }

  /**
   * This state after {@code event}.
   *
   * @throws InvalidInputException when {@code event} cannot happen now
   */
  public DealState apply(DealEvent event) {
    return tryApply(event).getOrElseThrow(Refusal::toException);
  }

  public Deal deal() {
    return f.deal;
  }

  public DealStage stage() {
    return f.stage;
  }

  /** How many events have been applied. */
  public int eventCount() {
    return f.eventCount;
  }

  /** The date of the last event applied; empty before the first. */
  public Optional<LocalDate> lastEventDate() {
    return Optional.ofNullable(f.lastDate);
  }

  /** The day the deal first reached {@code s}; empty if it never did. */
  public Optional<LocalDate> reachedOn(DealStage s) {
    return Optional.ofNullable(f.milestones.get(s));
  }

  /** Every stage reached with the day it was first reached, in lifecycle order. */
  public Map<DealStage, LocalDate> milestones() {
    return Collections.unmodifiableMap(f.milestones);
  }

  /** Whether the contract (or the lease) has been signed. */
  public boolean isSigned() {
    return f.isSigned();
  }

  /** The current signing deadline (网签), set by the deposit and moved by postponements. */
  public Optional<LocalDate> signingDeadline() {
    return Optional.ofNullable(f.signingDeadline);
  }

  /** The last day a loan was refused, if one was. */
  public Optional<LocalDate> loanRefusedOn() {
    return Optional.ofNullable(f.loanRefusedOn);
  }

  /** The title reports (产调) in the order they were made. */
  public List<TitleReport> titleReports() {
    return Collections.unmodifiableList(f.titleReports);
  }

  /** The fee-arrears claims, in order. */
  public List<ArrearsClaimed> arrearsClaims() {
    return Collections.unmodifiableList(f.arrearsClaims);
  }

  /** The sum of all fee arrears claimed. */
  public Money arrearsClaimed() {
    Money sum = Money.ZERO;
    for (ArrearsClaimed c : f.arrearsClaims) {
      sum = sum.plus(c.arrears().total());
    }
    return sum;
  }

  /** Money held now and not yet settled (cleared by completion, cancellation or move-out). */
  public List<Holding> holdings() {
    return f.money.holdings();
  }

  /** What {@code holder} holds now, all payers and kinds together. */
  public Money held(PartyId holder) {
    Money sum = Money.ZERO;
    for (Holding h : f.money.holdings()) {
      if (h.holder().equals(holder)) {
        sum = sum.plus(h.amount());
      }
    }
    return sum;
  }

  /**
   * The total ever put down as {@code kind}. Intent money applied at 转定 counts both as intent money
   * and as part of the deposit.
   */
  public Money paid(DepositKind kind) {
    return f.money.paid(kind);
  }

  /** The 定金 that is a deposit in law: {@code min(paid 定金, 20 % of the price)}. */
  public Money legalDeposit() {
    return Money.ofFen(
        DepositLaw.legalDepositFen(f.deal.price().fen(), paid(DepositKind.EARNEST).fen()));
  }

  /** Money held that became part of the price at completion (transfer or new-home handover). */
  public Money appliedToPrice() {
    return f.money.appliedToPrice();
  }

  /** How the deal was cancelled; empty if it was not. */
  public Optional<Cancellation> cancellation() {
    return Optional.ofNullable(f.cancellation);
  }

  public boolean isCancelled() {
    return f.cancellation != null;
  }

  /** Money owed and not yet paid, per debtor and creditor in due order. */
  public List<Receivable> receivables() {
    return f.money.receivables();
  }

  /** What {@code debtor} still owes {@code creditor} on this deal. */
  public Money owed(PartyId debtor, PartyId creditor) {
    Money sum = Money.ZERO;
    for (Receivable r : f.money.receivables()) {
      if (r.debtor().equals(debtor) && r.creditor().equals(creditor)) {
        sum = sum.plus(r.amount());
      }
    }
    return sum;
  }

  /**
   * What everyone together still owes {@code creditor} on this deal: in the seizure case, the
   * deposit the owners have not refunded to the buyer.
   */
  public Money owedTo(PartyId creditor) {
    Money sum = Money.ZERO;
    for (Receivable r : f.money.receivables()) {
      if (r.creditor().equals(creditor)) {
        sum = sum.plus(r.amount());
      }
    }
    return sum;
  }

  /** What the landlord kept of the security deposit, with the reasons given. */
  public List<SecurityDepositWithheld> withholdings() {
    return Collections.unmodifiableList(f.withholdings);
  }

  /** When the property of this cancelled sale was sold to someone else, if it was. */
  public Optional<LocalDate> resoldOn() {
    return Optional.ofNullable(f.resoldOn);
  }

  /** Every money movement, in order. */
  public List<Transfer> transfers() {
    return f.money.transfers();
  }

  /** What {@code party} received minus what it paid, over all transfers. */
  public Money netPosition(PartyId party) {
    return netPositions().getOrDefault(party, Money.ZERO);
  }

  /**
   * The net position of every party that paid or received money, in order of first appearance. They
   * sum to zero: money is never created or lost.
   */
  public Map<PartyId, Money> netPositions() {
    Map<PartyId, Money> net = new LinkedHashMap<>();
    for (Transfer t : f.money.transfers()) {
      net.merge(t.from(), t.amount().negate(), Money::plus);
      net.merge(t.to(), t.amount(), Money::plus);
    }
    return Collections.unmodifiableMap(net);
  }

  /**
   * What {@code party} gained (positive) or lost (negative) by the cancellation's settlement: as a
   * holder what it keeps ({@code held − returned}, negative when it pays a penalty), as a payer
   * what comes back beyond what it paid ({@code returned − held}, negative when it forfeits).
   * Settled in law, whether or not the refunds have been paid yet; zero if not cancelled. In the
   * swap case Zhou gains 100,000.00 on her sale and loses 150,000.00 on her purchase.
   */
  public Money settlementGain(PartyId party) {
    if (f.cancellation == null) {
      return Money.ZERO;
    }
    Money gain = Money.ZERO;
    for (SettlementLine line : f.cancellation.settlement()) {
      if (line.holder().equals(party)) {
        gain = gain.plus(line.kept());
      }
      if (line.payer().equals(party)) {
        gain = gain.minus(line.kept());
      }
    }
    return gain;
  }

  /** The fields, for the fold to copy. */
  DealFields fields() {
    return f;
  }

  @Override
  public String toString() {
    return "DealState["
        + f.deal.id()
        + " "
        + f.deal.kind()
        + " at "
        + f.stage
        + " after "
        + f.eventCount
        + " events]";
  }
}
