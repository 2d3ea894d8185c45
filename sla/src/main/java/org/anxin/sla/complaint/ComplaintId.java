package org.anxin.sla.complaint;

import org.anxin.domain.InvalidInputException;

/** The id of a complaint or work order, as the ticket system gives it. */
public record ComplaintId(String value) implements Comparable<ComplaintId> {

  public ComplaintId {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("id", String.valueOf(value), "must not be empty");
    }
    value = value.strip();
  }

  public static ComplaintId of(String value) {
    return new ComplaintId(value);
  }

  @Override
  public int compareTo(ComplaintId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
