package org.anxin.guarantees.claim;

import org.anxin.domain.InvalidInputException;

/**
 * The id of a claim, e.g. {@code C-2020-0001} or {@code zhou-lin/SWAP_CANCELLATION}.
 *
 * @param value non-blank, without surrounding spaces
 */
public record ClaimId(String value) {

  public ClaimId {
    if (value == null || value.isBlank() || !value.equals(value.strip())) {
      throw new InvalidInputException(
          "claim", value, "a claim id must be non-empty text without surrounding spaces");
    }
  }

  /** The claim id {@code value}. */
  public static ClaimId of(String value) {
    return new ClaimId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
