package org.anxin.guarantees.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;

/**
 * A value of a case file with its path in the file ({@code deals[1].events[3].amount}), so that
 * every reading mistake names where it is and what was found there.
 */
final class Node {

  private final JsonNode value;
  private final String path;

  Node(JsonNode value, String path) {
    this.value = value;
    this.path = path;
  }

  String path() {
    return path;
  }

  JsonNode json() {
    return value;
  }

  /** The path of one of this mapping's fields. */
  String field(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** This node, which must be a mapping (of any keys). */
  Node requireMapping() {
    if (!value.isObject()) {
      throw new InvalidInputException(
          path.isEmpty() ? "case file" : path, shown(), "must be a mapping of fields");
    }
    return this;
  }

  /** This node, which must be a mapping with no other keys than {@code allowed}. */
  Node mapping(String... allowed) {
    requireMapping();
    Set<String> known = new LinkedHashSet<>(List.of(allowed));
    for (Iterator<String> keys = value.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!known.contains(key)) {
        throw new InvalidInputException(
            field(key), key, "unknown field; expected one of " + String.join(", ", known));
      }
    }
    return this;
  }

  boolean has(String key) {
    JsonNode child = value.get(key);
    return child != null && !child.isNull();
  }

  Optional<Node> optional(String key) {
    return has(key) ? Optional.of(new Node(value.get(key), field(key))) : Optional.empty();
  }

  Node get(String key) {
    return optional(key)
        .orElseThrow(() -> new InvalidInputException(field(key), null, "missing field"));
  }

  /** The items of a list field; an absent field is an empty list when {@code optional}. */
  List<Node> list(String key, boolean optional) {
    if (optional && !has(key)) {
      return List.of();
    }
    Node list = get(key);
    if (!list.value.isArray()) {
      throw new InvalidInputException(list.path, list.shown(), "must be a list");
    }
    List<Node> items = new ArrayList<>(list.value.size());
    for (int i = 0; i < list.value.size(); i++) {
      items.add(new Node(list.value.get(i), list.path + "[" + i + "]"));
    }
    return items;
  }

  /** The fields of a mapping as nodes, in the file's order. */
  List<String> keys() {
    if (!value.isObject()) {
      throw new InvalidInputException(path, shown(), "must be a mapping");
    }
    List<String> keys = new ArrayList<>();
    value.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /**
   * Text as written; numbers and booleans are refused so that a quoting slip is not read as text.
   */
  String text() {
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new InvalidInputException(
          path, shown(), "must be non-empty text (quote it if it looks like a number or yes/no)");
    }
    return value.asText();
  }

  /** Free text (a name, an address, a reason) as written. */
  String freeText() {
    return text();
  }

  LocalDate date() {
    String text = value.isTextual() ? value.asText() : shown();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(path, text, "must be a date written YYYY-MM-DD", e);
    }
  }

  YearMonth month() {
    String text = value.isTextual() ? value.asText() : shown();
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(path, text, "must be a month written YYYY-MM", e);
    }
  }

  /** An amount of yuan with at most 2 decimals, as a number or a string, not negative. */
  Money money() {
    String text;
    if (value.isNumber()) {
      text = value.decimalValue().toPlainString();
    } else if (value.isTextual()) {
      text = value.asText().strip();
    } else {
      throw new InvalidInputException(path, shown(), "must be an amount in yuan, e.g. 50000.00");
    }
    Money amount = Money.parse(path, text);
    if (amount.isNegative()) {
      throw new InvalidInputException(path, text, "must not be negative");
    }
    return amount;
  }

  /** A whole number, not negative. */
  long count() {
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new InvalidInputException(path, shown(), "must be a whole number");
    }
    long n = value.longValue();
    if (n < 0) {
      throw new InvalidInputException(path, n, "must not be negative");
    }
    return n;
  }

  boolean flag() {
    if (!value.isBoolean()) {
      throw new InvalidInputException(path, shown(), "must be true or false");
    }
    return value.booleanValue();
  }

  /** The value as the user wrote it: text without quotes, anything else as JSON. */
  String shown() {
    return value.isTextual() ? value.asText() : value.toString();
  }
}
