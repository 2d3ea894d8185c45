package org.anxin.domain;

import com.google.errorprone.annotations.Immutable;

/**
 * The identifier of a property (a flat, a house): any non-blank text without surrounding
 * whitespace, compared exactly (case-sensitive).
 *
 * @param value the identifier as written, e.g. {@code zhou-flat}
 */
@Immutable
public record PropertyId(String value) implements Comparable<PropertyId> {

  /**
   * @throws InvalidInputException naming the field {@code propertyId} when the text is blank
   */
  public PropertyId {
    Ids.require("propertyId", value);
  }

  /** The id written {@code value}. */
  public static PropertyId of(String value) {
    return new PropertyId(value);
  }

  /**
   * Reads an id given for {@code field} (e.g. {@code deals[2].property}), so that the error names
   * where the bad text came from.
   */
  public static PropertyId parse(String field, String text) {
    return new PropertyId(Ids.require(field, text));
  }

  @Override
  public int compareTo(PropertyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
