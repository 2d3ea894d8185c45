package org.anxin.guarantees.catalog;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.anxin.domain.InvalidInputException;

/**
 * Reads the kebab-case ids the catalog file uses for its enumerations, so that every enumeration
 * refuses an unknown id the same way: naming the field, the value and the ids it accepts.
 */
final class Ids {

  /** An enumeration constant with the id it has in catalog files. */
  interface WithId {
    String id();
  }

  private Ids() {}

  static <E extends Enum<E> & WithId> E parse(
      Class<E> type, String field, String text, String what) {
    E[] values = type.getEnumConstants();
    if (text != null) {
      for (E value : values) {
        if (value.id().equals(text.strip())) {
          return value;
        }
      }
    }
    throw new InvalidInputException(
        field,
        text,
        "unknown "
            + what
            + "; expected one of "
            + Arrays.stream(values).map(WithId::id).collect(Collectors.joining(", ")));
  }
}
