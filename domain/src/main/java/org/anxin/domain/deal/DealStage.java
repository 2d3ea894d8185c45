package org.anxin.domain.deal;

/**
 * Where a deal stands. Each {@link DealKind} uses its own subset, in this order: resale OPEN,
 * INTENT, DEPOSIT_PAID, SIGNED, LOAN_APPROVED, TRANSFERRED, HANDED_OVER; new home OPEN, INTENT,
 * DEPOSIT_PAID (subscribed), SIGNED, LOAN_APPROVED, HANDED_OVER; rental OPEN, LEASED, MOVED_IN,
 * MOVED_OUT. Any deal can end CANCELLED before it completes.
 */
public enum DealStage {
  /** Nothing has happened yet. */
  OPEN,
  /** Intent money (意向金) has been paid with an offer. */
  INTENT,
  /** The deposit has been handed over (转定), or for a new home the subscription (认购) paid. */
  DEPOSIT_PAID,
  /** The contract has been signed online (网签). */
  SIGNED,
  /** The buyer's loan has been approved. */
  LOAN_APPROVED,
  /** The title has been transferred (过户). */
  TRANSFERRED,
  /** The home has been handed over (交房). */
  HANDED_OVER,
  /** A lease has been signed and its security deposit paid. */
  LEASED,
  /** The tenant has moved in. */
  MOVED_IN,
  /** The tenant has moved out; the security deposit is due back. */
  MOVED_OUT,
  /** The deal was cancelled; only refunds, refund promises and a resale may follow. */
  CANCELLED
}
