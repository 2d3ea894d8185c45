package org.anxin.domain.deal;

import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.deposit.DepositKind;

/**
 * How one holding was settled when the deal was cancelled.
 *
 * @param holder who held the money
 * @param payer who paid it
 * @param kind what it legally was
 * @param held how much the holder held
 * @param returned how much the holder must return to the payer: less than {@code held} when the
 *     payer forfeits, more when the holder pays the penalty
 */
public record SettlementLine(
    PartyId holder, PartyId payer, DepositKind kind, Money held, Money returned) {

  /** What the holder keeps: {@code held − returned}; negative when the holder pays a penalty. */
  public Money kept() {
    return held.minus(returned);
  }
}
