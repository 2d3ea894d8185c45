package org.anxin.domain.deal;

import org.anxin.domain.Money;
import org.anxin.domain.PartyId;
import org.anxin.domain.deposit.DepositKind;

/**
 * Money a holder holds on this deal for a payer, not yet settled: it becomes part of the price at
 * completion, or is settled by the deposit law on cancellation.
 *
 * @param holder who has the money
 * @param payer who paid it
 * @param kind what it legally is (定金, 订金, 意向金, 押金)
 * @param amount how much, positive
 */
public record Holding(PartyId holder, PartyId payer, DepositKind kind, Money amount) {}
