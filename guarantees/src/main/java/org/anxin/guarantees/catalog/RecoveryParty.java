package org.anxin.guarantees.catalog;

import org.anxin.domain.InvalidInputException;

/** Whom an advance is recovered from. */
public enum RecoveryParty implements Ids.WithId {
  /** The seller of the deal. */
  SELLER("seller"),
  /** The owner (or co-owner) who holds deposit money and has not refunded it. */
  DEFAULTING_OWNER("defaulting-owner"),
  /** The buyer, who owes us once the buyer has recovered the money (e.g. from the seller). */
  BUYER("buyer"),
  /** The developer of a new home. */
  DEVELOPER("developer"),
  /** The landlord of a rental. */
  LANDLORD("landlord");

  private final String id;

  RecoveryParty(String id) {
    this.id = id;
  }

  /** The id used in catalog files and JSON output, e.g. {@code defaulting-owner}. */
  @Override
  public String id() {
    return id;
  }

  /**
   * The party with this id.
   *
   * @throws InvalidInputException naming {@code field} when there is none
   */
  public static RecoveryParty parse(String field, String text) {
    return Ids.parse(RecoveryParty.class, field, text, "recovery party");
  }
}
