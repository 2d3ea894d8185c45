package org.anxin.guarantees.catalog;

import org.anxin.domain.InvalidInputException;

/**
 * The event a guarantee's filing window counts from. A filing made before the trigger (when the
 * risk became known) counts too; only one after the window's end is late (DESIGN.md §5).
 */
public enum Trigger implements Ids.WithId {
  LISTING_SEEN("listing-seen", "the customer saw the listing"),
  CALL_RECEIVED("call-received", "the marketing call was received"),
  SEIZURE_FOUND("seizure-found", "the title search showed the court seizure"),
  FUNDING_SALE_BROKEN("funding-sale-broken", "the sale funding the purchase broke"),
  DEAL_CANCELLED("deal-cancelled", "the deal was cancelled"),
  TAXES_PAID("taxes-paid", "the taxes were paid at transfer"),
  LOAN_REFUSED("loan-refused", "the bank refused the loan"),
  ARREARS_CLAIMED("arrears-claimed", "the management company claimed the arrears"),
  HUKOU_DEADLINE_MISSED(
      "hukou-deadline-missed", "the contract's deadline for moving the seller's hukou passed"),
  LEAK_FOUND("leak-found", "the leak was found"),
  DEATH_DISCOVERED("death-discovered", "the undisclosed death came to light"),
  RADIATION_MEASURED("radiation-measured", "the certified measurement was made"),
  CONTRACT_SIGNED("contract-signed", "the new-home contract was signed"),
  SUBSCRIPTION_REFUND_MISSED(
      "subscription-refund-missed",
      "the developer's subscription refund fell due and was not paid"),
  DEPOSIT_WITHHELD("deposit-withheld", "the landlord withheld the security deposit at move-out"),
  MOVE_IN("move-in", "the tenant moved in");

  private final String id;
  private final String description;

  Trigger(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The id used in catalog files and JSON output, e.g. {@code funding-sale-broken}. */
  @Override
  public String id() {
    return id;
  }

  /** What happened, in a phrase. */
  public String description() {
    return description;
  }

  /**
   * The trigger with this id.
   *
   * @throws InvalidInputException naming {@code field} when there is none
   */
  public static Trigger parse(String field, String text) {
    return Ids.parse(Trigger.class, field, text, "trigger");
  }
}
