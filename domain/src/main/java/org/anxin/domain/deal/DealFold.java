package org.anxin.domain.deal;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
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
import org.anxin.domain.deposit.DepositLaw;
import org.anxin.domain.deposit.Fault;

/**
 * The rules of the lifecycles: one event applied to a mutable copy of a {@link DealState}. Every
 * check that fails throws {@link Reject}, which {@link #step} turns into a {@link Refusal}; the
 * copy is then dropped, so a rejected event leaves no trace.
 */
final class DealFold {

  /** A failed check; carries no stack trace because it is an answer, not a bug. */
  private static final class Reject extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: caught in step()
    private final Object value;

    private final String field;

    Reject(String field, Object value, String problem) {
      super(problem, null, false, false);
      this.field = field;
      this.value = value;
    }
  }

  final Deal deal;
  int eventCount;
  LocalDate lastDate;
  DealStage stage;
  final EnumMap<DealStage, LocalDate> milestones;
  LocalDate signingDeadline;
  LocalDate loanRefusedOn;
  final List<TitleReport> titleReports;
  final List<ArrearsClaimed> arrearsClaims;
  final List<Holding> holdings;
  final EnumMap<DepositKind, Money> paid;
  Money appliedToPrice;
  Cancellation cancellation;
  final List<Receivable> receivables;
  final List<SecurityDepositWithheld> withholdings;
  LocalDate resoldOn;
  final List<Transfer> transfers;
  PartyId tenant;
  PartyId landlord;

  private DealFold(DealState s) {
    deal = s.deal();
    eventCount = s.eventCount();
    lastDate = s.lastEventDate().orElse(null);
    stage = s.stage();
    milestones = new EnumMap<>(DealStage.class);
    milestones.putAll(s.milestones());
    signingDeadline = s.signingDeadline().orElse(null);
    loanRefusedOn = s.loanRefusedOn().orElse(null);
    titleReports = new ArrayList<>(s.titleReports());
    arrearsClaims = new ArrayList<>(s.arrearsClaims());
    holdings = new ArrayList<>(s.holdings());
    paid = new EnumMap<>(DepositKind.class);
    paid.putAll(s.paidByKind());
    appliedToPrice = s.appliedToPrice();
    cancellation = s.cancellation().orElse(null);
    receivables = new ArrayList<>(s.receivables());
    withholdings = new ArrayList<>(s.withholdings());
    resoldOn = s.resoldOn().orElse(null);
    transfers = new ArrayList<>(s.transfers());
    tenant = s.tenant();
    landlord = s.landlord();
  }

  /** {@code state} after {@code event}, or why the event cannot happen in that state. */
  static Either<Refusal, DealState> step(DealState state, DealEvent event) {
    Objects.requireNonNull(event, "event");
    DealFold fold = new DealFold(state);
    try {
      fold.apply(event);
    } catch (Reject r) {
      return Either.left(
          Refusal.ofEvent(
              state.deal().id(),
              state.eventCount(),
              event.type(),
              event.date(),
              r.field,
              r.value,
              r.getMessage()));
    }
    fold.eventCount++;
    fold.lastDate = event.date();
    return Either.right(new DealState(fold));
  }

  private void apply(DealEvent event) {
    if (lastDate != null && event.date().isBefore(lastDate)) {
      throw new Reject("date", event.date(), "is before the previous event's date " + lastDate);
    }
    if (stage == DealStage.CANCELLED
        && !(event instanceof RefundPaid
            || event instanceof RefundPromised
            || event instanceof Resold)) {
      throw new Reject(
          "type",
          event.type(),
          "the deal was cancelled on "
              + cancellation.date()
              + "; only RefundPaid, RefundPromised and Resold may follow");
    }
    if (event instanceof IntentMoneyPaid e) {
      intentMoneyPaid(e);
    } else if (event instanceof DepositPaid e) {
      depositPaid(e);
    } else if (event instanceof SigningPostponed e) {
      signingPostponed(e);
    } else if (event instanceof TitleSearched e) {
      titleReports.add(e.report());
    } else if (event instanceof ContractSigned e) {
      contractSigned(e);
    } else if (event instanceof LoanApproved e) {
      requireKind(e, DealKind.RESALE, DealKind.NEW_HOME);
      requireStage(e, "a loan is decided after signing", DealStage.SIGNED);
      reach(DealStage.LOAN_APPROVED, e.date());
    } else if (event instanceof LoanRefused e) {
      requireKind(e, DealKind.RESALE, DealKind.NEW_HOME);
      requireStage(e, "a loan is decided after signing", DealStage.SIGNED);
      loanRefusedOn = e.date();
    } else if (event instanceof TitleTransferred e) {
      requireKind(e, DealKind.RESALE);
      requireStage(
          e, "the title is transferred after signing", DealStage.SIGNED, DealStage.LOAN_APPROVED);
      applyHoldingsToPrice();
      reach(DealStage.TRANSFERRED, e.date());
    } else if (event instanceof HandedOver e) {
      handedOver(e);
    } else if (event instanceof ArrearsClaimed e) {
      requireKind(e, DealKind.RESALE);
      requireStage(
          e,
          "arrears are claimed once the contract is signed",
          DealStage.SIGNED,
          DealStage.LOAN_APPROVED,
          DealStage.TRANSFERRED,
          DealStage.HANDED_OVER);
      arrearsClaims.add(e);
    } else if (event instanceof LeaseSigned e) {
      leaseSigned(e);
    } else if (event instanceof MovedIn e) {
      requireKind(e, DealKind.RENTAL);
      requireStage(e, "the tenant moves in after the lease is signed", DealStage.LEASED);
      reach(DealStage.MOVED_IN, e.date());
    } else if (event instanceof MovedOut e) {
      movedOut(e);
    } else if (event instanceof SecurityDepositReturned e) {
      requireSecurityDepositOwed(e, e.amount());
      settle(landlord, tenant, e.amount().fen());
      transfer(e.date(), landlord, tenant, e.amount(), Purpose.SECURITY_DEPOSIT_RETURN);
    } else if (event instanceof SecurityDepositWithheld e) {
      requireSecurityDepositOwed(e, e.amount());
      if (e.reason().isBlank()) {
        throw new Reject("reason", e.reason(), "must say why the landlord keeps the money");
      }
      settle(landlord, tenant, e.amount().fen());
      withholdings.add(e);
    } else if (event instanceof Cancelled e) {
      cancelled(e);
    } else if (event instanceof RefundPaid e) {
      requireOwed(e, e.from(), e.to(), e.amount());
      settle(e.from(), e.to(), e.amount().fen());
      transfer(e.date(), e.from(), e.to(), e.amount(), Purpose.REFUND);
    } else if (event instanceof RefundPromised e) {
      requireOwed(e, e.from(), e.to(), e.amount());
      if (e.due().isBefore(e.date())) {
        throw new Reject("due", e.due(), "is before the promise was made");
      }
      settle(e.from(), e.to(), e.amount().fen());
      owe(e.from(), e.to(), e.amount().fen(), e.due());
    } else if (event instanceof Resold e) {
      requireKind(e, DealKind.RESALE);
      requireStage(e, "a resale follows a cancelled sale", DealStage.CANCELLED);
      if (resoldOn != null) {
        throw new Reject("type", e.type(), "the property was already resold on " + resoldOn);
      }
      resoldOn = e.date();
    } else {
      throw new AssertionError("unhandled event " + event);
    }
  }

  private void intentMoneyPaid(IntentMoneyPaid e) {
    requireKind(e, DealKind.RESALE, DealKind.NEW_HOME);
    requireStage(e, "intent money comes before the deposit", DealStage.OPEN, DealStage.INTENT);
    requireBuyer("payer", e.payer());
    requireNotBuyer("holder", e.holder());
    requirePositive("amount", e.amount());
    hold(e.holder(), e.payer(), DepositKind.INTENT_MONEY, e.amount().fen());
    addPaid(DepositKind.INTENT_MONEY, e.amount());
    transfer(e.date(), e.payer(), e.holder(), e.amount(), Purpose.INTENT_MONEY);
    reach(DealStage.INTENT, e.date());
  }

  private void depositPaid(DepositPaid e) {
    requireKind(e, DealKind.RESALE, DealKind.NEW_HOME);
    if (e.kind() != DepositKind.EARNEST && e.kind() != DepositKind.ADVANCE_PAYMENT) {
      throw new Reject("kind", e.kind(), "a deposit is EARNEST (定金) or ADVANCE_PAYMENT (订金)");
    }
    requireStage(e, "the deposit is paid once, before signing", DealStage.OPEN, DealStage.INTENT);
    requireBuyer("payer", e.payer());
    if (e.shares().isEmpty()) {
      throw new Reject("shares", "[]", "must name at least one holder");
    }
    Set<PartyId> seen = new HashSet<>();
    for (int i = 0; i < e.shares().size(); i++) {
      Share share = e.shares().get(i);
      requireNotBuyer("shares[" + i + "].holder", share.holder());
      requirePositive("shares[" + i + "].amount", share.amount());
      if (!seen.add(share.holder())) {
        throw new Reject("shares[" + i + "].holder", share.holder(), "holds two shares");
      }
    }
    if (e.signingDeadline().isBefore(e.date())) {
      throw new Reject("signingDeadline", e.signingDeadline(), "is before the deposit is paid");
    }
    // 转定: the payer's intent money is passed on first, share by share; what is left of it
    // goes back to the payer.
    List<Holding> intents = new ArrayList<>();
    for (Iterator<Holding> it = holdings.iterator(); it.hasNext(); ) {
      Holding h = it.next();
      if (h.kind() == DepositKind.INTENT_MONEY && h.payer().equals(e.payer())) {
        intents.add(h);
        it.remove();
      }
    }
    long[] intentLeft = intents.stream().mapToLong(h -> h.amount().fen()).toArray();
    for (Share share : e.shares()) {
      long need = share.amount().fen();
      for (int j = 0; j < intents.size() && need > 0; j++) {
        long take = Math.min(need, intentLeft[j]);
        transfer(
            e.date(),
            intents.get(j).holder(),
            share.holder(),
            Money.ofFen(take),
            Purpose.INTENT_MONEY_APPLIED);
        intentLeft[j] -= take;
        need -= take;
      }
      transfer(e.date(), e.payer(), share.holder(), Money.ofFen(need), Purpose.DEPOSIT);
      hold(share.holder(), e.payer(), e.kind(), share.amount().fen());
    }
    for (int j = 0; j < intents.size(); j++) {
      transfer(
          e.date(), intents.get(j).holder(), e.payer(), Money.ofFen(intentLeft[j]), Purpose.REFUND);
    }
    addPaid(e.kind(), e.total());
    signingDeadline = e.signingDeadline();
    reach(DealStage.DEPOSIT_PAID, e.date());
  }

  private void signingPostponed(SigningPostponed e) {
    requireKind(e, DealKind.RESALE, DealKind.NEW_HOME);
    requireStage(
        e,
        "a signing deadline is set by the deposit and moved before signing",
        DealStage.DEPOSIT_PAID);
    if (!e.newDeadline().isAfter(signingDeadline)) {
      throw new Reject(
          "newDeadline",
          e.newDeadline(),
          "must be after the current signing deadline " + signingDeadline);
    }
    if (e.newDeadline().isBefore(e.date())) {
      throw new Reject("newDeadline", e.newDeadline(), "is before the postponement itself");
    }
    signingDeadline = e.newDeadline();
  }

  private void contractSigned(ContractSigned e) {
    requireKind(e, DealKind.RESALE, DealKind.NEW_HOME);
    requireStage(
        e,
        "the contract is signed once, before the loan and the transfer",
        DealStage.OPEN,
        DealStage.INTENT,
        DealStage.DEPOSIT_PAID);
    if (signingDeadline != null && e.date().isAfter(signingDeadline)) {
      throw new Reject(
          "date",
          e.date(),
          "is after the signing deadline " + signingDeadline + "; record a SigningPostponed first");
    }
    reach(DealStage.SIGNED, e.date());
  }

  private void handedOver(HandedOver e) {
    requireKind(e, DealKind.RESALE, DealKind.NEW_HOME);
    if (deal.kind() == DealKind.RESALE) {
      requireStage(e, "a resale is handed over after the title transfer", DealStage.TRANSFERRED);
    } else {
      requireStage(
          e,
          "a new home is handed over after the contract",
          DealStage.SIGNED,
          DealStage.LOAN_APPROVED);
      applyHoldingsToPrice();
    }
    reach(DealStage.HANDED_OVER, e.date());
  }

  private void leaseSigned(LeaseSigned e) {
    requireKind(e, DealKind.RENTAL);
    requireStage(e, "a lease is signed once", DealStage.OPEN);
    requireBuyer("tenant", e.tenant());
    if (!deal.sellers().contains(e.landlord())) {
      throw new Reject(
          "landlord", e.landlord(), "is not a landlord of this deal " + deal.sellers());
    }
    if (e.securityDeposit().isNegative()) {
      throw new Reject("securityDeposit", e.securityDeposit(), "must not be negative");
    }
    tenant = e.tenant();
    landlord = e.landlord();
    hold(landlord, tenant, DepositKind.SECURITY_DEPOSIT, e.securityDeposit().fen());
    addPaid(DepositKind.SECURITY_DEPOSIT, e.securityDeposit());
    transfer(e.date(), tenant, landlord, e.securityDeposit(), Purpose.SECURITY_DEPOSIT);
    reach(DealStage.LEASED, e.date());
  }

  private void movedOut(MovedOut e) {
    requireKind(e, DealKind.RENTAL);
    requireStage(e, "the tenant moves out after moving in", DealStage.MOVED_IN);
    for (Holding h : holdings) {
      owe(h.holder(), h.payer(), h.amount().fen(), e.date());
    }
    holdings.clear();
    reach(DealStage.MOVED_OUT, e.date());
  }

  private void cancelled(Cancelled e) {
    EnumSet<DealStage> cancellable =
        deal.kind() == DealKind.RENTAL
            ? EnumSet.of(DealStage.OPEN, DealStage.LEASED)
            : EnumSet.of(
                DealStage.OPEN,
                DealStage.INTENT,
                DealStage.DEPOSIT_PAID,
                DealStage.SIGNED,
                DealStage.LOAN_APPROVED);
    if (!cancellable.contains(stage)) {
      throw new Reject(
          "type",
          e.type(),
          "a deal cannot be cancelled once it is at stage " + stage + " (it completed)");
    }
    CancellationCause cause = e.cause();
    boolean signed =
        milestones.containsKey(DealStage.SIGNED) || milestones.containsKey(DealStage.LEASED);
    switch (cause) {
      case OFFER_DECLINED -> {
        if (stage != DealStage.OPEN && stage != DealStage.INTENT) {
          throw new Reject("cause", cause, "the offer was accepted: the deal is at stage " + stage);
        }
      }
      case LOAN_REFUSED -> {
        if (loanRefusedOn == null) {
          throw new Reject("cause", cause, "no loan was refused (record LoanRefused first)");
        }
      }
      case SEIZURE_BEFORE_SIGNING -> {
        if (signed) {
          throw new Reject(
              "cause", cause, "the contract is already signed; use SEIZURE_AFTER_SIGNING");
        }
      }
      case SEIZURE_AFTER_SIGNING -> {
        if (!signed) {
          throw new Reject(
              "cause", cause, "the contract is not signed yet; use SEIZURE_BEFORE_SIGNING");
        }
      }
      default -> {}
    }
    long[] returned;
    Optional<Fault> fault;
    if (cause == CancellationCause.MUTUAL_AGREEMENT) {
      if (e.fault().isPresent()) {
        throw new Reject(
            "fault", e.fault().get(), "a MUTUAL_AGREEMENT is settled by its agreed amounts");
      }
      fault = Optional.empty();
      returned = agreedReturns(e.agreedReturns());
    } else {
      if (!e.agreedReturns().isEmpty()) {
        throw new Reject(
            "agreedReturns", e.agreedReturns(), "only a MUTUAL_AGREEMENT names agreed amounts");
      }
      fault = e.fault().or(() -> deal.terms().faultFor(cause));
      returned = byDepositLaw(fault.orElseThrow());
    }
    List<SettlementLine> lines = new ArrayList<>(holdings.size());
    for (int i = 0; i < holdings.size(); i++) {
      Holding h = holdings.get(i);
      lines.add(
          new SettlementLine(
              h.holder(), h.payer(), h.kind(), h.amount(), Money.ofFen(returned[i])));
      owe(h.holder(), h.payer(), returned[i], e.date());
    }
    holdings.clear();
    cancellation = new Cancellation(e.date(), cause, fault, lines);
    reach(DealStage.CANCELLED, e.date());
  }

  /** What each holding returns: 定金 together under the cap, everything else in full. */
  private long[] byDepositLaw(Fault fault) {
    long[] returned = new long[holdings.size()];
    int[] earnest = new int[holdings.size()];
    int n = 0;
    for (int i = 0; i < holdings.size(); i++) {
      Holding h = holdings.get(i);
      returned[i] = h.amount().fen();
      if (h.kind().hasPenaltyEffect()) {
        earnest[n++] = i;
      }
    }
    long[] held = new long[n];
    for (int k = 0; k < n; k++) {
      held[k] = returned[earnest[k]];
    }
    long[] refunds = DepositLaw.settleShares(DepositKind.EARNEST, fault, deal.price().fen(), held);
    for (int k = 0; k < n; k++) {
      returned[earnest[k]] = refunds[k];
    }
    return returned;
  }

  /** What each holding returns under a mutual agreement: each holder's amount, pro rata. */
  private long[] agreedReturns(Map<PartyId, Money> agreed) {
    Set<PartyId> holders = new LinkedHashSet<>();
    holdings.forEach(h -> holders.add(h.holder()));
    for (Map.Entry<PartyId, Money> entry : agreed.entrySet()) {
      if (!holders.contains(entry.getKey())) {
        throw new Reject("agreedReturns", entry.getKey(), "holds nothing on this deal");
      }
      if (entry.getValue().isNegative()) {
        throw new Reject(
            "agreedReturns[" + entry.getKey() + "]", entry.getValue(), "must not be negative");
      }
    }
    long[] returned = new long[holdings.size()];
    for (PartyId holder : holders) {
      Money amount = agreed.get(holder);
      if (amount == null) {
        throw new Reject(
            "agreedReturns", holder, "does not say what this holder returns (write 0 if nothing)");
      }
      int[] mine = new int[holdings.size()];
      int n = 0;
      for (int i = 0; i < holdings.size(); i++) {
        if (holdings.get(i).holder().equals(holder)) {
          mine[n++] = i;
        }
      }
      long[] weights = new long[n];
      for (int k = 0; k < n; k++) {
        weights[k] = holdings.get(mine[k]).amount().fen();
      }
      long[] parts = DepositLaw.apportion(amount.fen(), weights);
      for (int k = 0; k < n; k++) {
        returned[mine[k]] = parts[k];
      }
    }
    return returned;
  }

  private void requireOwed(DealEvent e, PartyId from, PartyId to, Money amount) {
    requireStage(e, "a refund follows a cancellation", DealStage.CANCELLED);
    requirePositive("amount", amount);
    Money owed = owed(from, to);
    if (owed.isZero()) {
      throw new Reject("from", from, "owes " + to + " nothing on this deal");
    }
    if (amount.compareTo(owed) > 0) {
      throw new Reject("amount", amount, from + " owes " + to + " only " + owed);
    }
  }

  private void requireSecurityDepositOwed(DealEvent e, Money amount) {
    requireKind(e, DealKind.RENTAL);
    requireStage(e, "the security deposit is settled after move-out", DealStage.MOVED_OUT);
    requirePositive("amount", amount);
    Money owed = owed(landlord, tenant);
    if (amount.compareTo(owed) > 0) {
      throw new Reject(
          "amount", amount, "the landlord " + landlord + " holds only " + owed + " of it");
    }
  }

  private void requireKind(DealEvent e, DealKind... kinds) {
    if (!Arrays.asList(kinds).contains(deal.kind())) {
      throw new Reject("type", e.type(), "does not happen in a " + deal.kind() + " deal");
    }
  }

  private void requireStage(DealEvent e, String rule, DealStage... allowed) {
    if (!Arrays.asList(allowed).contains(stage)) {
      throw new Reject("type", e.type(), rule + "; the deal is at stage " + stage);
    }
  }

  private void requireBuyer(String field, PartyId party) {
    if (!deal.buyers().contains(party)) {
      throw new Reject(field, party, "is not a buyer of this deal " + deal.buyers());
    }
  }

  private void requireNotBuyer(String field, PartyId party) {
    if (deal.buyers().contains(party)) {
      throw new Reject(field, party, "is a buyer; money goes to a seller or the broker");
    }
  }

  private static void requirePositive(String field, Money amount) {
    if (!amount.isPositive()) {
      throw new Reject(field, amount, "must be positive");
    }
  }

  private void reach(DealStage next, LocalDate date) {
    stage = next;
    milestones.putIfAbsent(next, date);
  }

  private void addPaid(DepositKind kind, Money amount) {
    paid.merge(kind, amount, Money::plus);
  }

  private void applyHoldingsToPrice() {
    for (Holding h : holdings) {
      appliedToPrice = appliedToPrice.plus(h.amount());
    }
    holdings.clear();
  }

  private void hold(PartyId holder, PartyId payer, DepositKind kind, long fen) {
    if (fen == 0) {
      return;
    }
    for (int i = 0; i < holdings.size(); i++) {
      Holding h = holdings.get(i);
      if (h.holder().equals(holder) && h.payer().equals(payer) && h.kind() == kind) {
        holdings.set(i, new Holding(holder, payer, kind, h.amount().plus(Money.ofFen(fen))));
        return;
      }
    }
    holdings.add(new Holding(holder, payer, kind, Money.ofFen(fen)));
  }

  private void transfer(LocalDate date, PartyId from, PartyId to, Money amount, Purpose purpose) {
    // Money passed from a holder to itself does not move.
    if (amount.isPositive() && !from.equals(to)) {
      transfers.add(new Transfer(date, from, to, amount, purpose));
    }
  }

  private Money owed(PartyId debtor, PartyId creditor) {
    long sum = 0;
    for (Receivable r : receivables) {
      if (r.debtor().equals(debtor) && r.creditor().equals(creditor)) {
        sum = Math.addExact(sum, r.amount().fen());
      }
    }
    return Money.ofFen(sum);
  }

  /** Adds a debt due on {@code due}, keeping each pair's debts in due order. */
  private void owe(PartyId debtor, PartyId creditor, long fen, LocalDate due) {
    if (fen == 0) {
      return;
    }
    Receivable added = new Receivable(debtor, creditor, Money.ofFen(fen), due);
    int lastOfPair = -1;
    for (int i = 0; i < receivables.size(); i++) {
      Receivable r = receivables.get(i);
      if (!r.debtor().equals(debtor) || !r.creditor().equals(creditor)) {
        continue;
      }
      if (r.due().equals(due)) {
        receivables.set(i, new Receivable(debtor, creditor, r.amount().plus(added.amount()), due));
        return;
      }
      if (r.due().isAfter(due)) {
        receivables.add(i, added);
        return;
      }
      lastOfPair = i;
    }
    receivables.add(lastOfPair < 0 ? receivables.size() : lastOfPair + 1, added);
  }

  /**
   * Pays off {@code fen} of what {@code debtor} owes {@code creditor}, earliest due first. Callers
   * have checked that no more is paid than is owed.
   */
  private void settle(PartyId debtor, PartyId creditor, long fen) {
    long left = fen;
    int i = 0;
    while (left > 0) {
      Receivable r = receivables.get(i);
      if (!r.debtor().equals(debtor) || !r.creditor().equals(creditor)) {
        i++;
      } else if (left < r.amount().fen()) {
        receivables.set(
            i, new Receivable(debtor, creditor, r.amount().minus(Money.ofFen(left)), r.due()));
        return;
      } else {
        left -= r.amount().fen();
        receivables.remove(i);
      }
    }
  }
}
