package org.anxin.simulator.scenario;

/**
 * The deal events a scenario can make happen. Declaration order is stage order within a segment:
 * when several strike one deal they are resolved in this order, and a cancellation stops the later
 * ones.
 */
public enum RiskKind {
  /** A court seizure found before signing: the deal ends without penalty (the seed's case 2). */
  SEIZURE_BEFORE_SIGNING("seizureBeforeSigning", Segment.RESALE, true),
  /** The buyer cannot raise the down payment: the buyer is at fault and forfeits the deposit. */
  BUYER_CANNOT_FUND("buyerCannotFund", Segment.RESALE, false),
  /** The buyer's loan is refused (only deals with a loan). */
  LOAN_REFUSED("loanRefused", Segment.RESALE, false),
  /** A seizure after signing: the seller fails to refund what was paid. */
  SEIZURE_AFTER_SIGNING("seizureAfterSigning", Segment.RESALE, true),
  /** The taxes at transfer exceed the quote. */
  TAX_ERROR("taxError", Segment.RESALE, true),
  /** Property-fee arrears claimed at handover (the seed's case 3). */
  FEE_ARREARS("feeArrears", Segment.RESALE, true),
  /** The seller's hukou is not moved out after handover. */
  HUKOU_NOT_MOVED("hukouNotMoved", Segment.RESALE, true),
  /** A leak found after handover. */
  LEAK("leak", Segment.RESALE, true),
  /** An undisclosed suicide or homicide in the home. */
  STIGMATIZED_HOME("stigmatizedHome", Segment.RESALE, false),
  /** Radiation above the standard. */
  RADIATION("radiation", Segment.RESALE, false),
  /** The developer fails to refund the subscription money. */
  NEW_HOME_SUBSCRIPTION("newHomeSubscription", Segment.NEW_HOME, true),
  /** The quoted price was above the developer's price that day. */
  NEW_HOME_PRICE("newHomePrice", Segment.NEW_HOME, true),
  /** The tenant is unhappy within three days and switches. */
  RENTAL_SWITCH("rentalSwitch", Segment.RENTAL, true),
  /** A leak makes the rented home unusable for some days. */
  RENTAL_LEAK("rentalLeak", Segment.RENTAL, true),
  /** The landlord withholds the security deposit without cause. */
  RENTAL_DEPOSIT("rentalDeposit", Segment.RENTAL, true);

  /** The deal kinds of the book. */
  public enum Segment {
    RESALE,
    NEW_HOME,
    RENTAL
  }

  private final String key;
  private final Segment segment;
  private final boolean hasSeverity;

  RiskKind(String key, Segment segment, boolean hasSeverity) {
    this.key = key;
    this.segment = segment;
    this.hasSeverity = hasSeverity;
  }

  /** Whether a scenario gives this risk a severity; the others' cost follows from the deal. */
  public boolean hasSeverity() {
    return hasSeverity;
  }

  /** The name used in scenario files. */
  public String key() {
    return key;
  }

  /** The kind of deal this risk strikes. */
  public Segment segment() {
    return segment;
  }

  /** The risk named {@code key} in a scenario file, or an error naming {@code field}. */
  public static RiskKind ofKey(String field, String key) {
    for (RiskKind kind : values()) {
      if (kind.key.equals(key)) {
        return kind;
      }
    }
    throw ScenarioChecks.invalid(field, key, "unknown risk");
  }
}
