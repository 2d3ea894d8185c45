package org.anxin.guarantees.claim;

/**
 * Where a claim is in its life: filed → assessed → approved or rejected → paid; then an advance is
 * recovered (in part, staying {@link #PAID}, or in whole) or its rest written off, and a
 * bought-back home is resold.
 */
public enum ClaimStatus {
  /** The customer's filing (备案) is recorded. */
  FILED,
  /** The amount owed (possibly nothing) is decided; it may be assessed again until approved. */
  ASSESSED,
  /** Approved for payment. */
  APPROVED,
  /** Rejected with a reason; final. */
  REJECTED,
  /**
   * Paid. Final for a compensation or a refund; an advance stays here while anything is
   * outstanding, a buy-back until the home is resold.
   */
  PAID,
  /** An advance recovered in whole; final. */
  RECOVERED,
  /** An advance whose outstanding rest was written off; final. */
  WRITTEN_OFF,
  /** A bought-back home resold; final. */
  RESOLD
}
