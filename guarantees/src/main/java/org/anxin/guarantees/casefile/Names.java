package org.anxin.guarantees.casefile;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.anxin.domain.InvalidInputException;

/**
 * The readable names case files use for the domain's enumerations: lowercase words joined by
 * hyphens, e.g. {@code BUYER_CANNOT_FUND} is written {@code buyer-cannot-fund}.
 */
final class Names {

  private Names() {}

  static String id(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String text, String what) {
    for (E value : type.getEnumConstants()) {
      if (id(value).equals(text)) {
        return value;
      }
    }
    throw new InvalidInputException(
        field,
        text,
        "unknown "
            + what
            + "; expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Names::id)
                .collect(Collectors.joining(", ")));
  }
}
