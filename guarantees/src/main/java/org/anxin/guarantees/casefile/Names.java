package org.anxin.guarantees.casefile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.document.Node;

/**
 * The readable names case files use for the domain's enumerations: lowercase words joined by
 * hyphens, e.g. {@code BUYER_CANNOT_FUND} is written {@code buyer-cannot-fund}.
 */
final class Names {

  /** Each enumeration's constants by name, made once per type: a case file names thousands. */
  private static final ClassValue<Map<String, Enum<?>>> BY_ID =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> byId = new HashMap<>();
          for (Object value : type.getEnumConstants()) {
            Enum<?> constant = (Enum<?>) value;
            byId.putIfAbsent(id(constant), constant);
          }
          return Map.copyOf(byId);
        }
      };

  private Names() {}

  static String id(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String text, String what) {
    E value = find(type, text);
    if (value == null) {
      throw unknown(type, field, text, what);
    }
    return value;
  }

  /** The name written as {@code node}'s text; its path is written out only for a mistake. */
  static <E extends Enum<E>> E parse(Class<E> type, Node node, String what) {
    String text = node.text();
    E value = find(type, text);
    if (value == null) {
      throw unknown(type, node.path(), text, what);
    }
    return value;
  }

  /** The constant named {@code text}, or null. */
  static <E extends Enum<E>> E find(Class<E> type, String text) {
    return text == null ? null : type.cast(BY_ID.get(type).get(text));
  }

  private static InvalidInputException unknown(
      Class<? extends Enum<?>> type, String field, String text, String what) {
    return new InvalidInputException(
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
