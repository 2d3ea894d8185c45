package org.anxin.domain.deal;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
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

  private final Deal deal;
  private final int eventCount;
  private final LocalDate lastDate;
  private final DealStage stage;
  private final Map<DealStage, LocalDate> milestones;
  private final LocalDate signingDeadline;
  private final LocalDate loanRefusedOn;
  private final List<TitleReport> titleReports;
  private final List<ArrearsClaimed> arrearsClaims;
  private final List<Holding> holdings;
  private final Map<DepositKind, Money> paid;
  private final Money appliedToPrice;
  private final Cancellation cancellation;
  private final List<Receivable> receivables;
  private final List<SecurityDepositWithheld> withholdings;
  private final LocalDate resoldOn;
  private final List<Transfer> transfers;
  private final PartyId tenant;
  private final PartyId landlord;

  private DealState(Deal deal) {
    this.deal = Objects.requireNonNull(deal, "deal");
    eventCount = 0;
    lastDate = null;
    stage = DealStage.OPEN;
    milestones = Collections.unmodifiableMap(new EnumMap<>(DealStage.class));
    signingDeadline = null;
    loanRefusedOn = null;
    titleReports = List.of();
    arrearsClaims = List.of();
    holdings = List.of();
    paid = Collections.unmodifiableMap(new EnumMap<>(DepositKind.class));
    appliedToPrice = Money.ZERO;
    cancellation = null;
    receivables = List.of();
    withholdings = List.of();
    resoldOn = null;
    transfers = List.of();
    tenant = null;
    landlord = null;
  }

  DealState(DealFold f) {
    deal = f.deal;
    eventCount = f.eventCount;
    lastDate = f.lastDate;
    stage = f.stage;
    milestones = Collections.unmodifiableMap(new EnumMap<>(f.milestones));
    signingDeadline = f.signingDeadline;
    loanRefusedOn = f.loanRefusedOn;
    titleReports = List.copyOf(f.titleReports);
    arrearsClaims = List.copyOf(f.arrearsClaims);
    holdings = List.copyOf(f.holdings);
    paid = Collections.unmodifiableMap(new EnumMap<>(f.paid));
    appliedToPrice = f.appliedToPrice;
    cancellation = f.cancellation;
    receivables = List.copyOf(f.receivables);
    withholdings = List.copyOf(f.withholdings);
    resoldOn = f.resoldOn;
    transfers = List.copyOf(f.transfers);
    tenant = f.tenant;
    landlord = f.landlord;
  }

  /** The state of {@code deal} before anything has happened. */
  public static DealState open(Deal deal) {
    return new DealState(deal);
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
    return deal;
  }

  public DealStage stage() {
    return stage;
  }

  /** How many events have been applied. */
  public int eventCount() {
    return eventCount;
  }

  /** The date of the last event applied; empty before the first. */
  public Optional<LocalDate> lastEventDate() {
    return Optional.ofNullable(lastDate);
  }

  /** The day the deal first reached {@code s}; empty if it never did. */
  public Optional<LocalDate> reachedOn(DealStage s) {
    return Optional.ofNullable(milestones.get(s));
  }

  /** Every stage reached with the day it was first reached, in lifecycle order. */
  public Map<DealStage, LocalDate> milestones() {
    return milestones;
  }

  /** Whether the contract (or the lease) has been signed. */
  public boolean isSigned() {
    return milestones.containsKey(DealStage.SIGNED) || milestones.containsKey(DealStage.LEASED);
  }

  /** The current signing deadline (网签), set by the deposit and moved by postponements. */
  public Optional<LocalDate> signingDeadline() {
    return Optional.ofNullable(signingDeadline);
  }

  /** The last day a loan was refused, if one was. */
  public Optional<LocalDate> loanRefusedOn() {
    return Optional.ofNullable(loanRefusedOn);
  }

  /** The title reports (产调) in the order they were made. */
  public List<TitleReport> titleReports() {
    return titleReports;
  }

  /** The fee-arrears claims, in order. */
  public List<ArrearsClaimed> arrearsClaims() {
    return arrearsClaims;
  }

  /** The sum of all fee arrears claimed. */
  public Money arrearsClaimed() {
    Money sum = Money.ZERO;
    for (ArrearsClaimed c : arrearsClaims) {
      sum = sum.plus(c.arrears().total());
    }
    return sum;
  }

  /** Money held now and not yet settled (cleared by completion, cancellation or move-out). */
  public List<Holding> holdings() {
    return holdings;
  }

  /** What {@code holder} holds now, all payers and kinds together. */
  public Money held(PartyId holder) {
    Money sum = Money.ZERO;
    for (Holding h : holdings) {
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
    return paid.getOrDefault(kind, Money.ZERO);
  }

  Map<DepositKind, Money> paidByKind() {
    return paid;
  }

  /** The 定金 that is a deposit in law: {@code min(paid 定金, 20 % of the price)}. */
  public Money legalDeposit() {
    return Money.ofFen(
        DepositLaw.legalDepositFen(deal.price().fen(), paid(DepositKind.EARNEST).fen()));
  }

  /** Money held that became part of the price at completion (transfer or new-home handover). */
  public Money appliedToPrice() {
    return appliedToPrice;
  }

  /** How the deal was cancelled; empty if it was not. */
  public Optional<Cancellation> cancellation() {
    return Optional.ofNullable(cancellation);
  }

  public boolean isCancelled() {
    return cancellation != null;
  }

  /** Money owed and not yet paid, per debtor and creditor in due order. */
  public List<Receivable> receivables() {
    return receivables;
  }

  /** What {@code debtor} still owes {@code creditor} on this deal. */
  public Money owed(PartyId debtor, PartyId creditor) {
    Money sum = Money.ZERO;
    for (Receivable r : receivables) {
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
    for (Receivable r : receivables) {
      if (r.creditor().equals(creditor)) {
        sum = sum.plus(r.amount());
      }
    }
    return sum;
  }

  /** What the landlord kept of the security deposit, with the reasons given. */
  public List<SecurityDepositWithheld> withholdings() {
    return withholdings;
  }

  /** When the property of this cancelled sale was sold to someone else, if it was. */
  public Optional<LocalDate> resoldOn() {
    return Optional.ofNullable(resoldOn);
  }

  /** Every money movement, in order. */
  public List<Transfer> transfers() {
    return transfers;
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
    for (Transfer t : transfers) {
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
    if (cancellation == null) {
      return Money.ZERO;
    }
    Money gain = Money.ZERO;
    for (SettlementLine line : cancellation.settlement()) {
      if (line.holder().equals(party)) {
        gain = gain.plus(line.kept());
      }
      if (line.payer().equals(party)) {
        gain = gain.minus(line.kept());
      }
    }
    return gain;
  }

  PartyId tenant() {
    return tenant;
  }

  PartyId landlord() {
    return landlord;
  }

  @Override
  public String toString() {
    return "DealState["
        + deal.id()
        + " "
        + deal.kind()
        + " at "
        + stage
        + " after "
        + eventCount
        + " events]";
  }
}
