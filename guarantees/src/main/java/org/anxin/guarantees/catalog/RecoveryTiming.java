package org.anxin.guarantees.catalog;

import org.anxin.domain.InvalidInputException;

/** When an advance falls due for recovery. */
public enum RecoveryTiming implements Ids.WithId {
  /** On the date the liable party promised to pay (the seizure case: B by 2022-01-31). */
  PROMISED_DATE("promised-date"),
  /** When we have won against the liable party in court or by settlement. */
  AFTER_LITIGATION("after-litigation"),
  /**
   * When our customer has recovered the money from the liable party (the arrears case: Dai repays
   * us after recovering from the seller).
   */
  AFTER_CUSTOMER_RECOVERS("after-customer-recovers");

  private final String id;

  RecoveryTiming(String id) {
    this.id = id;
  }

  /** The id used in catalog files and JSON output, e.g. {@code after-litigation}. */
  @Override
  public String id() {
    return id;
  }

  /**
   * The timing with this id.
   *
   * @throws InvalidInputException naming {@code field} when there is none
   */
  public static RecoveryTiming parse(String field, String text) {
    return Ids.parse(RecoveryTiming.class, field, text, "recovery timing");
  }
}
