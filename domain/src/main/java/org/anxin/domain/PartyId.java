package org.anxin.domain;

import com.google.errorprone.annotations.Immutable;

/**
 * The identifier of a party to a deal: a buyer, seller, tenant, landlord, developer or broker: any
 * non-blank text without surrounding whitespace, compared exactly (case-sensitive).
 *
 * @param value the identifier as written, e.g. {@code zhou}
 */
@Immutable
public record PartyId(String value) implements Comparable<PartyId> {

  /**
   * @throws InvalidInputException naming the field {@code partyId} when the text is blank
   */
  public PartyId {
    Ids.require("partyId", value);
  }

  /** The id written {@code value}. */
  public static PartyId of(String value) {
    return new PartyId(value);
  }

  /**
   * Reads an id given for {@code field} (e.g. {@code deals[2].buyer}), so that the error names
   * where the bad text came from.
   */
  public static PartyId parse(String field, String text) {
    return new PartyId(Ids.require(field, text));
  }

  @Override
  public int compareTo(PartyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
