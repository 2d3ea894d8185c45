package org.anxin.guarantees.claim;

import org.anxin.guarantees.catalog.PayoutKind;
import org.anxin.guarantees.payout.PayoutRules;

/**
 * The figures of a liability ledger (or of one guarantee in it), in fen and counts. The stored
 * figures are sums over paid claims; the derived ones are the identities of DESIGN.md §5:
 *
 * <ul>
 *   <li>cash out = compensations + advances + buy-backs + refunds;
 *   <li>gross paid = compensations + advances + buy-backs (refunds excluded);
 *   <li>advances outstanding = advanced − recovered − written off;
 *   <li>net cost = compensations + refunds + buy-back losses + written off.
 * </ul>
 *
 * <p>A resale above the buy-back price is a gain, kept apart ({@link #buyBackGainsFen}) rather than
 * netted into the cost, so that the cost of each claim is never negative. With cash in = recovered
 * + resale proceeds, the books balance: cash out − cash in = net cost − buy-back gains + advances
 * outstanding + buy-backs held ({@link #balances()}).
 *
 * @param compensationsFen paid compensations
 * @param advancesFen paid advances
 * @param buyBacksFen paid buy-backs (the prices paid)
 * @param refundsFen paid commission refunds
 * @param recoveredFen recovered on advances
 * @param writtenOffFen written off on advances
 * @param resaleProceedsFen what resold bought-back homes brought
 * @param buyBackLossesFen price paid − resale proceeds, per resold home, where positive
 * @param buyBackGainsFen resale proceeds − price paid, per resold home, where positive
 * @param buyBacksHeldFen prices paid for bought-back homes not yet resold
 * @param compensations the number of paid compensations
 * @param advances the number of paid advances
 * @param buyBacks the number of paid buy-backs
 * @param refunds the number of paid refunds (not payouts)
 */
public record LedgerTotals(
    long compensationsFen,
    long advancesFen,
    long buyBacksFen,
    long refundsFen,
    long recoveredFen,
    long writtenOffFen,
    long resaleProceedsFen,
    long buyBackLossesFen,
    long buyBackGainsFen,
    long buyBacksHeldFen,
    long compensations,
    long advances,
    long buyBacks,
    long refunds) {

  /** An empty ledger's totals. */
  public static final LedgerTotals ZERO =
      new LedgerTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** What one claim contributes: nothing until it is paid. */
  public static LedgerTotals of(Claim claim) {
    boolean paid =
        switch (claim.status()) {
          case PAID, RECOVERED, WRITTEN_OFF, RESOLD -> true;
          case FILED, ASSESSED, APPROVED, REJECTED -> false;
        };
    if (!paid) {
      return ZERO;
    }
    long cash = claim.paidFen();
    return switch (claim.kind()) {
      case COMPENSATION -> new LedgerTotals(cash, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0);
      case REFUND -> new LedgerTotals(0, 0, 0, cash, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
      case ADVANCE ->
          new LedgerTotals(
              0, cash, 0, 0, claim.recoveredFen(), claim.writtenOffFen(), 0, 0, 0, 0, 0, 1, 0, 0);
      case BUYBACK -> buyBack(claim, cash);
    };
  }

  private static LedgerTotals buyBack(Claim claim, long price) {
    if (claim.status() != ClaimStatus.RESOLD) {
      return new LedgerTotals(0, 0, price, 0, 0, 0, 0, 0, 0, price, 0, 0, 1, 0);
    }
    long proceeds = claim.resaleProceedsFen();
    return new LedgerTotals(
        0,
        0,
        price,
        0,
        0,
        0,
        proceeds,
        PayoutRules.buyBackLoss(price, proceeds),
        PayoutRules.buyBackGain(price, proceeds),
        0,
        0,
        0,
        1,
        0);
  }

  /** Cash paid out: compensations + advances + buy-backs + refunds. */
  public long cashOutFen() {
    return Math.addExact(grossPaidFen(), refundsFen);
  }

  /** Cash of the payouts (refunds excluded): compensations + advances + buy-backs. */
  public long grossPaidFen() {
    return Math.addExact(Math.addExact(compensationsFen, advancesFen), buyBacksFen);
  }

  /** Cash that came back: recoveries and resale proceeds. */
  public long cashInFen() {
    return Math.addExact(recoveredFen, resaleProceedsFen);
  }

  /** Advances still to be recovered: advanced − recovered − written off. */
  public long advancesOutstandingFen() {
    return Math.subtractExact(Math.subtractExact(advancesFen, recoveredFen), writtenOffFen);
  }

  /** The cost: compensations + refunds + buy-back losses + written off. */
  public long netCostFen() {
    return Math.addExact(
        Math.addExact(Math.addExact(compensationsFen, refundsFen), buyBackLossesFen),
        writtenOffFen);
  }

  /** The number of payouts: paid compensations, advances and buy-backs (refunds apart). */
  public long payouts() {
    return compensations + advances + buyBacks;
  }

  /** The number of paid claims of a kind. */
  public long count(PayoutKind kind) {
    return switch (kind) {
      case COMPENSATION -> compensations;
      case ADVANCE -> advances;
      case BUYBACK -> buyBacks;
      case REFUND -> refunds;
    };
  }

  /**
   * Whether the books balance: cash out − cash in = net cost − buy-back gains + advances
   * outstanding + buy-backs held, with no figure negative.
   */
  public boolean balances() {
    long left = Math.subtractExact(cashOutFen(), cashInFen());
    long right =
        Math.addExact(
            Math.addExact(
                Math.subtractExact(netCostFen(), buyBackGainsFen), advancesOutstandingFen()),
            buyBacksHeldFen);
    return left == right && advancesOutstandingFen() >= 0 && allNonNegative();
  }

  private boolean allNonNegative() {
    return compensationsFen >= 0
        && advancesFen >= 0
        && buyBacksFen >= 0
        && refundsFen >= 0
        && recoveredFen >= 0
        && writtenOffFen >= 0
        && resaleProceedsFen >= 0
        && buyBackLossesFen >= 0
        && buyBackGainsFen >= 0
        && buyBacksHeldFen >= 0
        && compensations >= 0
        && advances >= 0
        && buyBacks >= 0
        && refunds >= 0;
  }

  /** The figure-by-figure sum, exact. */
  public LedgerTotals plus(LedgerTotals o) {
    return new LedgerTotals(
        Math.addExact(compensationsFen, o.compensationsFen),
        Math.addExact(advancesFen, o.advancesFen),
        Math.addExact(buyBacksFen, o.buyBacksFen),
        Math.addExact(refundsFen, o.refundsFen),
        Math.addExact(recoveredFen, o.recoveredFen),
        Math.addExact(writtenOffFen, o.writtenOffFen),
        Math.addExact(resaleProceedsFen, o.resaleProceedsFen),
        Math.addExact(buyBackLossesFen, o.buyBackLossesFen),
        Math.addExact(buyBackGainsFen, o.buyBackGainsFen),
        Math.addExact(buyBacksHeldFen, o.buyBacksHeldFen),
        Math.addExact(compensations, o.compensations),
        Math.addExact(advances, o.advances),
        Math.addExact(buyBacks, o.buyBacks),
        Math.addExact(refunds, o.refunds));
  }

  /** The figure-by-figure difference, exact. */
  public LedgerTotals minus(LedgerTotals o) {
    return new LedgerTotals(
        Math.subtractExact(compensationsFen, o.compensationsFen),
        Math.subtractExact(advancesFen, o.advancesFen),
        Math.subtractExact(buyBacksFen, o.buyBacksFen),
        Math.subtractExact(refundsFen, o.refundsFen),
        Math.subtractExact(recoveredFen, o.recoveredFen),
        Math.subtractExact(writtenOffFen, o.writtenOffFen),
        Math.subtractExact(resaleProceedsFen, o.resaleProceedsFen),
        Math.subtractExact(buyBackLossesFen, o.buyBackLossesFen),
        Math.subtractExact(buyBackGainsFen, o.buyBackGainsFen),
        Math.subtractExact(buyBacksHeldFen, o.buyBacksHeldFen),
        Math.subtractExact(compensations, o.compensations),
        Math.subtractExact(advances, o.advances),
        Math.subtractExact(buyBacks, o.buyBacks),
        Math.subtractExact(refunds, o.refunds));
  }
}
