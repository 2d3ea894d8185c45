package org.anxin.domain.deal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.deal.DealEvent.Cancelled;
import org.anxin.domain.deposit.DepositKind;
import org.anxin.domain.deposit.DepositLaw;
import org.anxin.domain.deposit.Fault;

/**
 * How the money held on a deal is settled when it is cancelled: by the {@link DepositLaw} with the
 * fault the event names, or else the contract's, or else the default table's; under a mutual
 * agreement by the amounts agreed. It decides amounts only; the lifecycle decides whether the deal
 * may be cancelled for that cause, and the {@link MoneyBook} books the result.
 */
final class DepositSettlement {

  private DepositSettlement() {}

  /**
   * The cancellation {@code e} of {@code deal} with one settlement line per holding, in the order
   * of {@code holdings}.
   *
   * @throws Reject when the fault or the agreed amounts do not fit the cause or the holdings
   */
  static Cancellation settle(Cancelled e, Deal deal, List<Holding> holdings) {
    long[] returned;
    Optional<Fault> fault;
    if (e.cause() == CancellationCause.MUTUAL_AGREEMENT) {
      if (e.fault().isPresent()) {
        throw new Reject(
            "fault", e.fault().get(), "a MUTUAL_AGREEMENT is settled by its agreed amounts");
      }
      fault = Optional.empty();
      returned = agreedReturns(e.agreedReturns(), holdings);
    } else {
      if (!e.agreedReturns().isEmpty()) {
        throw new Reject(
            "agreedReturns", e.agreedReturns(), "only a MUTUAL_AGREEMENT names agreed amounts");
      }
      fault = e.fault().or(() -> deal.terms().faultFor(e.cause()));
      returned = byDepositLaw(fault.orElseThrow(), deal.price().fen(), holdings);
    }
    List<SettlementLine> lines = new ArrayList<>(holdings.size());
    for (int i = 0; i < holdings.size(); i++) {
      Holding h = holdings.get(i);
      lines.add(
          new SettlementLine(
              h.holder(), h.payer(), h.kind(), h.amount(), Money.ofFen(returned[i])));
    }
    return new Cancellation(e.date(), e.cause(), fault, lines);
  }

  /** What each holding returns: 定金 together under the cap, everything else in full. */
  private static long[] byDepositLaw(Fault fault, long priceFen, List<Holding> holdings) {
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
    long[] refunds = DepositLaw.settleShares(DepositKind.EARNEST, fault, priceFen, held);
    for (int k = 0; k < n; k++) {
      returned[earnest[k]] = refunds[k];
    }
    return returned;
  }

  /** What each holding returns under a mutual agreement: each holder's amount, pro rata. */
  private static long[] agreedReturns(Map<PartyId, Money> agreed, List<Holding> holdings) {
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
}
