package org.anxin.simulator.scenario;

import org.anxin.domain.deal.DealKind;

/**
 * The deal events a scenario can make happen. Declaration order is stage order within a segment:
 * when several strike one deal they are resolved in this order, and a cancellation stops the later
 * ones.
 */
public enum RiskKind {
  /** A court seizure found before signing: the deal ends without penalty (the seed's case 2). */
  SEIZURE_BEFORE_SIGNING("seizureBeforeSigning", DealKind.RESALE, Severity.SHARE),
  /** The buyer cannot raise the down payment: the buyer is at fault and forfeits the deposit. */
  BUYER_CANNOT_FUND("buyerCannotFund", DealKind.RESALE, Severity.NONE),
  /** The buyer's loan is refused (only deals with a loan). */
  LOAN_REFUSED("loanRefused", DealKind.RESALE, Severity.NONE),
  /** A seizure after signing: the seller fails to refund what was paid. */
  SEIZURE_AFTER_SIGNING("seizureAfterSigning", DealKind.RESALE, Severity.SHARE),
  /** The taxes at transfer exceed the quote. */
  TAX_ERROR("taxError", DealKind.RESALE, Severity.YUAN),
  /** Property-fee arrears claimed at handover (the seed's case 3). */
  FEE_ARREARS("feeArrears", DealKind.RESALE, Severity.YUAN),
  /** The seller's hukou is not moved out after handover. */
  HUKOU_NOT_MOVED("hukouNotMoved", DealKind.RESALE, Severity.YUAN),
  /** A leak found after handover. */
  LEAK("leak", DealKind.RESALE, Severity.YUAN),
  /** An undisclosed suicide or homicide in the home. */
  STIGMATIZED_HOME("stigmatizedHome", DealKind.RESALE, Severity.NONE),
  /** Radiation above the standard. */
  RADIATION("radiation", DealKind.RESALE, Severity.NONE),
  /** The developer fails to refund the subscription money. */
  NEW_HOME_SUBSCRIPTION("newHomeSubscription", DealKind.NEW_HOME, Severity.SHARE),
  /** The quoted price was above the developer's price that day. */
  NEW_HOME_PRICE("newHomePrice", DealKind.NEW_HOME, Severity.YUAN),
  /** The tenant is unhappy within three days and switches. */
  RENTAL_SWITCH("rentalSwitch", DealKind.RENTAL, Severity.YUAN),
  /** A leak makes the rented home unusable for some days. */
  RENTAL_LEAK("rentalLeak", DealKind.RENTAL, Severity.YUAN),
  /** The landlord withholds the security deposit without cause. */
  RENTAL_DEPOSIT("rentalDeposit", DealKind.RENTAL, Severity.SHARE);

  /** The unit of a risk's severity, and the range every sample is clamped to. */
  public enum Severity {
    /** The risk has no severity: its cost follows from the deal. */
    NONE(null),
    /** A share of something the deal holds (a deposit, the price), 0 to 1. */
    SHARE(Bounds.SHARE),
    /** An amount of yuan; may be a {@code shareOf} a deal attribute. */
    YUAN(Bounds.AMOUNT),
    /** A number of days. */
    DAYS(Bounds.DAYS);

    private final Bounds bounds;

    Severity(Bounds bounds) {
      this.bounds = bounds;
    }

    /** The range of a sample, {@code null} for {@link #NONE}. */
    public Bounds bounds() {
      return bounds;
    }
  }

  private final String key;
  private final DealKind segment;
  private final Severity severity;

  RiskKind(String key, DealKind segment, Severity severity) {
    this.key = key;
    this.segment = segment;
    this.severity = severity;
  }

  /** Whether a scenario gives this risk a severity; the others' cost follows from the deal. */
  public boolean hasSeverity() {
    return severity != Severity.NONE;
  }

  /** The unit of this risk's severity. */
  public Severity severity() {
    return severity;
  }

  /** The name used in scenario files. */
  public String key() {
    return key;
  }

  /** The kind of deal this risk strikes. */
  public DealKind segment() {
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
