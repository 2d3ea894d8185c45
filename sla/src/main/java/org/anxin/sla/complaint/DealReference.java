package org.anxin.sla.complaint;

import org.anxin.domain.InvalidInputException;

/** The id of the deal a complaint is about, as the broker's systems know it. */
public record DealReference(String value) {

  public DealReference {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("deal", String.valueOf(value), "must not be empty");
    }
    value = value.strip();
  }

  public static DealReference of(String value) {
    return new DealReference(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
