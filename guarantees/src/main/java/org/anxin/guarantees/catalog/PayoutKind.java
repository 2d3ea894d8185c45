package org.anxin.guarantees.catalog;

import org.anxin.domain.InvalidInputException;

/**
 * What a paid claim is in the liability ledger, which decides how it counts in cash out, gross paid
 * and net cost (DESIGN.md §5).
 */
public enum PayoutKind implements Ids.WithId {
  /** 赔付: paid and never recovered; all of it is cost. */
  COMPENSATION("compensation"),
  /** 垫付: paid first and recovered later from a named party; only a write-off is cost. */
  ADVANCE("advance"),
  /** 回购: the home is bought back at the price paid; the cost is what its resale does not return. */
  BUYBACK("buyback"),
  /** Our own commission handed back; cash out and cost, but not counted as a payout. */
  REFUND("refund");

  private final String id;

  PayoutKind(String id) {
    this.id = id;
  }

  /** The id used in catalog files and JSON output, e.g. {@code advance}. */
  @Override
  public String id() {
    return id;
  }

  /** Whether a paid claim of this kind counts as a payout (refunds are counted apart). */
  public boolean isPayout() {
    return this != REFUND;
  }

  /**
   * The kind with this id.
   *
   * @throws InvalidInputException naming {@code field} when there is none
   */
  public static PayoutKind parse(String field, String text) {
    return Ids.parse(PayoutKind.class, field, text, "payout kind");
  }
}
