package org.anxin.domain;

import com.google.errorprone.annotations.Immutable;

/**
 * The identifier of a deal: any non-blank text without surrounding whitespace, compared exactly
 * (case-sensitive).
 *
 * @param value the identifier as written, e.g. {@code tie-zhou}
 */
@Immutable
public record DealId(String value) implements Comparable<DealId> {

  /**
   * @throws InvalidInputException naming the field {@code dealId} when the text is blank
   */
  public DealId {
    Ids.require("dealId", value);
  }

  /** The id written {@code value}. */
  public static DealId of(String value) {
    return new DealId(value);
  }

  /**
   * Reads an id given for {@code field} (e.g. {@code links[0].purchase}), so that the error names
   * where the bad text came from.
   */
  public static DealId parse(String field, String text) {
    return new DealId(Ids.require(field, text));
  }

  @Override
  public int compareTo(DealId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
