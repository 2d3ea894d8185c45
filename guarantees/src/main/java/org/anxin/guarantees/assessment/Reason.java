package org.anxin.guarantees.assessment;

import java.util.Objects;

/**
 * Why an assessment came out as it did: a failed eligibility condition (its id, e.g. {@code
 * filed-in-time}), {@code nothing-owed}, {@code not-offered} or {@code not-covered} for a
 * rejection; {@code payout} (how the amount was computed) for a payable claim.
 *
 * @param code a condition id or one of the codes above
 * @param text the explanation, naming the parties, deals, dates and amounts involved
 */
public record Reason(String code, String text) {

  /** The code of the explanation of a payable amount. */
  public static final String PAYOUT = "payout";

  /** Every condition holds but the formula gives 0.00. */
  public static final String NOTHING_OWED = "nothing-owed";

  /** The catalog does not offer the guarantee. */
  public static final String NOT_OFFERED = "not-offered";

  /** The guarantee does not cover the deal's segment. */
  public static final String NOT_COVERED = "not-covered";

  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }

  /** {@code code: text}, as in JSON output. */
  @Override
  public String toString() {
    return code + ": " + text;
  }
}
