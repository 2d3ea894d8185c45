package org.anxin.guarantees.catalog;

import org.anxin.domain.InvalidInputException;

/**
 * An eligibility condition a claim must meet, as a machine-readable id with its meaning. A catalog
 * entry lists the conditions of its guarantee; the assessment of a deal history evaluates each one
 * and names the ones that fail. The set is closed because every condition needs code to evaluate
 * it: a catalog file naming an unknown condition is refused rather than silently never checked.
 */
public enum Condition implements Ids.WithId {
  BROKERED_BY_US(
      "brokered-by-us", "the deal was brokered by us (for a swap: the purchase and its sale)"),
  FILED_IN_TIME(
      "filed-in-time",
      "a filing (备案) names the guarantee no later than the end of its filing window; an earlier"
          + " filing counts"),
  LISTING_OURS("listing-ours", "the listing was published by us"),
  REPORT_VERIFIED(
      "report-verified", "the report was verified: the home was not for sale as listed"),
  CALL_UNSOLICITED(
      "call-unsolicited", "the marketing call came from us without the customer's consent"),
  SEIZURE_BEFORE_SIGNING(
      "seizure-before-signing", "a court seizure appeared on the title search before 网签"),
  SEIZURE_AFTER_SIGNING(
      "seizure-after-signing", "a court seizure appeared after 网签 and before the transfer"),
  REFUND_OUTSTANDING(
      "refund-outstanding", "money the owners or the seller must refund is still outstanding"),
  FUNDING_SALE_BROKEN(
      "funding-sale-broken",
      "a sale funding the purchase broke and the home was not resold on or before the resale"
          + " window's date"),
  NOT_AT_FAULT_ON_SALE(
      "not-at-fault-on-sale", "the claimant was not at fault on the broken funding sale"),
  DEAL_FAILED("deal-failed", "the deal was cancelled before the transfer"),
  CUSTOMER_NOT_AT_FAULT("customer-not-at-fault", "the customer was not at fault"),
  TAX_QUOTED_IN_WRITING("tax-quoted-in-writing", "we quoted the taxes in writing before 网签"),
  TAX_RULES_UNCHANGED(
      "tax-rules-unchanged", "the difference does not come from a change of tax rules"),
  LOAN_REFUSED(
      "loan-refused", "the bank refused the loan although the buyer's documents were complete"),
  ARREARS_BEFORE_HANDOVER(
      "arrears-before-handover", "the fees claimed are for periods before the handover"),
  CLAIMED_WITHIN_COVERAGE(
      "claimed-within-coverage",
      "the arrears were claimed before the handover or within coverageDays after it"),
  HUKOU_DEADLINE_MISSED(
      "hukou-deadline-missed", "the seller's hukou was not moved out by the contract's deadline"),
  LEAK_WITHIN_WARRANTY(
      "leak-within-warranty", "the leak was found within warrantyDays after the handover"),
  UNDISCLOSED_DEATH(
      "undisclosed-death", "a suicide or homicide in the home was not disclosed before signing"),
  RADIATION_ABOVE_STANDARD(
      "radiation-above-standard", "a certified measurement is above the national standard"),
  WITHIN_DISCOVERY_WINDOW(
      "within-discovery-window", "the fact came to light within discoveryDays after the transfer"),
  PRICE_ABOVE_DEVELOPER_LIST(
      "price-above-developer-list",
      "the price we quoted was above the developer's price for the unit that day"),
  SUBSCRIPTION_NOT_REFUNDED(
      "subscription-not-refunded", "the developer did not refund the subscription money when due"),
  DEPOSIT_WITHHELD_WITHOUT_CAUSE(
      "deposit-withheld-without-cause",
      "the landlord withholds the security deposit without a cause under the lease"),
  LEAK_DURING_TENANCY(
      "leak-during-tenancy", "a leak the tenant did not cause made the home unusable"),
  UNIT_RETURNED_AS_RECEIVED(
      "unit-returned-as-received", "the tenant returns the home in its move-in condition");

  private final String id;
  private final String description;

  Condition(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The id used in catalog files, JSON output and assessment reasons. */
  @Override
  public String id() {
    return id;
  }

  /** What the condition requires, in a sentence. */
  public String description() {
    return description;
  }

  /**
   * The condition with this id.
   *
   * @throws InvalidInputException naming {@code field} when there is none
   */
  public static Condition parse(String field, String text) {
    return Ids.parse(Condition.class, field, text, "eligibility condition");
  }
}
