package org.anxin.domain.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.deal.Transfer.Purpose;
import org.anxin.domain.deposit.DepositKind;

/**
 * The money bookkeeping of one deal: who holds what for whom ({@link Holding}), who owes what to
 * whom and by when ({@link Receivable}), every movement ({@link Transfer}), what was put down per
 * kind and what became part of the price. It checks nothing: the lifecycle has checked the event
 * before it books it. Every movement is one transfer between two parties, so money is never created
 * or lost.
 */
final class MoneyBook {

  private final List<Holding> holdings = new ArrayList<>();
  private final EnumMap<DepositKind, Money> paid = new EnumMap<>(DepositKind.class);
  private Money appliedToPrice = Money.ZERO;
  private final List<Receivable> receivables = new ArrayList<>();
  private final List<Transfer> transfers = new ArrayList<>();

  /** An independent copy, for the fold to change. */
  MoneyBook copy() {
    MoneyBook c = new MoneyBook();
    c.holdings.addAll(holdings);
    c.paid.putAll(paid);
    c.appliedToPrice = appliedToPrice;
    c.receivables.addAll(receivables);
    c.transfers.addAll(transfers);
    return c;
  }

  List<Holding> holdings() {
    return Collections.unmodifiableList(holdings);
  }

  /** The total ever put down as {@code kind}. */
  Money paid(DepositKind kind) {
    return paid.getOrDefault(kind, Money.ZERO);
  }

  Money appliedToPrice() {
    return appliedToPrice;
  }

  List<Receivable> receivables() {
    return Collections.unmodifiableList(receivables);
  }

  List<Transfer> transfers() {
    return Collections.unmodifiableList(transfers);
  }

  /** {@code payer} puts {@code amount} down with {@code holder}, who holds it as {@code kind}. */
  void putDown(
      LocalDate date,
      PartyId payer,
      PartyId holder,
      DepositKind kind,
      Money amount,
      Purpose purpose) {
    hold(holder, payer, kind, amount.fen());
    addPaid(kind, amount);
    transfer(date, payer, holder, amount, purpose);
  }

  /**
   * 转定: {@code payer}'s deposit goes to each share's holder. The payer's intent money is passed on
   * first, share by share; what is left of it goes back to the payer.
   */
  void depositHandedOver(LocalDate date, PartyId payer, DepositKind kind, List<Share> shares) {
    List<Holding> intents = new ArrayList<>();
    for (Iterator<Holding> it = holdings.iterator(); it.hasNext(); ) {
      Holding h = it.next();
      if (h.kind() == DepositKind.INTENT_MONEY && h.payer().equals(payer)) {
        intents.add(h);
        it.remove();
      }
    }
    long[] intentLeft = intents.stream().mapToLong(h -> h.amount().fen()).toArray();
    Money total = Money.ZERO;
    for (Share share : shares) {
      long need = share.amount().fen();
      for (int j = 0; j < intents.size() && need > 0; j++) {
        long take = Math.min(need, intentLeft[j]);
        transfer(
            date,
            intents.get(j).holder(),
            share.holder(),
            Money.ofFen(take),
            Purpose.INTENT_MONEY_APPLIED);
        intentLeft[j] -= take;
        need -= take;
      }
      transfer(date, payer, share.holder(), Money.ofFen(need), Purpose.DEPOSIT);
      hold(share.holder(), payer, kind, share.amount().fen());
      total = total.plus(share.amount());
    }
    for (int j = 0; j < intents.size(); j++) {
      transfer(date, intents.get(j).holder(), payer, Money.ofFen(intentLeft[j]), Purpose.REFUND);
    }
    addPaid(kind, total);
  }

  /** At completion every holding becomes part of the price. */
  void applyHoldingsToPrice() {
    for (Holding h : holdings) {
      appliedToPrice = appliedToPrice.plus(h.amount());
    }
    holdings.clear();
  }

  /** Every holding is now owed back to its payer, due on {@code due} (a rental's move-out). */
  void holdingsFallDue(LocalDate due) {
    for (Holding h : holdings) {
      owe(h.holder(), h.payer(), h.amount().fen(), due);
    }
    holdings.clear();
  }

  /**
   * The holdings are settled as {@code lines} say (one per holding, in the same order): what each
   * holder returns is owed to its payer, due on {@code due}.
   */
  void settleHoldings(List<SettlementLine> lines, LocalDate due) {
    for (SettlementLine line : lines) {
      owe(line.holder(), line.payer(), line.returned().fen(), due);
    }
    holdings.clear();
  }

  /** {@code from} pays {@code amount} of what it owes {@code to}. */
  void repay(LocalDate date, PartyId from, PartyId to, Money amount, Purpose purpose) {
    settle(from, to, amount.fen());
    transfer(date, from, to, amount, purpose);
  }

  /** {@code amount} of what {@code from} owes {@code to} is now due on {@code due}. */
  void reschedule(PartyId from, PartyId to, Money amount, LocalDate due) {
    settle(from, to, amount.fen());
    owe(from, to, amount.fen(), due);
  }

  /** What {@code debtor} still owes {@code creditor}. */
  Money owed(PartyId debtor, PartyId creditor) {
    long sum = 0;
    for (Receivable r : receivables) {
      if (r.debtor().equals(debtor) && r.creditor().equals(creditor)) {
        sum = Math.addExact(sum, r.amount().fen());
      }
    }
    return Money.ofFen(sum);
  }

  /**
   * {@code debtor} keeps {@code amount} of what it owes {@code creditor} (a security deposit
   * withheld): that much of the debt ends and no money moves.
   */
  void keep(PartyId debtor, PartyId creditor, Money amount) {
    settle(debtor, creditor, amount.fen());
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

  private void addPaid(DepositKind kind, Money amount) {
    paid.merge(kind, amount, Money::plus);
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
}
