package org.anxin.domain;

import java.util.Objects;

/**
 * A home that is sold or let.
 *
 * @param id how deals refer to it
 * @param address the address as written, non-blank (e.g. 上海市浦东新区…)
 */
public record Property(PropertyId id, String address) {

  public Property {
    Objects.requireNonNull(id, "id");
    if (address == null || address.isBlank()) {
      throw new InvalidInputException(
          "property.address", address, "must not be blank (property " + id + ")");
    }
  }

  /** The property {@code id} at {@code address}. */
  public static Property of(String id, String address) {
    return new Property(PropertyId.of(id), address);
  }
}
