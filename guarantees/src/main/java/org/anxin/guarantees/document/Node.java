package org.anxin.guarantees.document;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Money;

/**
 * A value of a document with its path in the document ({@code deals[1].events[3].amount}), so that
 * every mistake found while mapping it names where it is and what was found there. A node is a
 * view: the same value reached by another path is another node. Immutable.
 *
 * <p>Values are what the file wrote: mappings keep their keys in the file's order, numbers keep
 * their exact decimal text ({@code 100.50} stays {@code 100.50}, never a {@code double}), and a
 * whole number is told apart from a decimal one ({@code 3} from {@code 3.0}).
 */
public final class Node {

  /** What a node holds. */
  public enum Kind {
    /** Keys with values, in the file's order. */
    MAPPING,
    /** Items in order. */
    LIST,
    /** Text, including YAML's plain words that are not numbers, booleans or null. */
    TEXT,
    /** A number, whole or decimal. */
    NUMBER,
    /** {@code true} or {@code false} (in YAML also {@code yes}, {@code no}, {@code on}, …). */
    BOOLEAN,
    /** {@code null}, {@code ~}, a key without a value, or an empty document. */
    NULL
  }

  private final Object value;
  private final String label;
  // Where this node is: the root has no parent; a value of a mapping has its key, an item of a
  // list its index. The path is written out only when asked for, which is mostly for a message:
  // mapping a file of 100,000 deals visits millions of nodes and reports a mistake in at most one.
  private final Node parent;
  private final String key;
  private final int index;
  private String path;

  /**
   * The root of a document.
   *
   * @param value a {@link Mapping}, an {@code Object[]} (a list), {@link String}, {@link Long},
   *     {@link BigInteger}, {@link BigDecimal}, {@link Boolean} or {@code null}
   * @param label what the root is called in messages, e.g. {@code case file}
   */
  Node(Object value, String label) {
    this(value, label, null, null, -1);
    this.path = "";
  }

  private Node(Object value, String label, Node parent, String key, int index) {
    this.value = value;
    this.label = label;
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  private Node child(String key, Object value) {
    return new Node(value, label, this, key, -1);
  }

  private Node item(int index, Object value) {
    return new Node(value, label, this, null, index);
  }

  /** What this node holds. */
  public Kind kind() {
    if (value instanceof Mapping) {
      return Kind.MAPPING;
    }
    if (value instanceof Object[]) {
      return Kind.LIST;
    }
    if (value instanceof String) {
      return Kind.TEXT;
    }
    if (value instanceof Boolean) {
      return Kind.BOOLEAN;
    }
    return value == null ? Kind.NULL : Kind.NUMBER;
  }

  /** The path of this node in the document, e.g. {@code deals[1].price}; empty for the root. */
  public String path() {
    String known = path;
    if (known == null) {
      // A race only computes the same text twice.
      known = key != null ? parent.field(key) : parent.path() + "[" + index + "]";
      path = known;
    }
    return known;
  }

  /** The path, or for the root what the document is ({@code case file}): a message's field. */
  public String where() {
    String at = path();
    return at.isEmpty() ? label : at;
  }

  /** The path of one of this mapping's keys. */
  public String field(String key) {
    String at = path();
    return at.isEmpty() ? key : at + "." + key;
  }

  // ---- Mappings -------------------------------------------------------------------------------

  /**
   * This node, which must be a mapping (of any keys).
   *
   * @throws InvalidInputException when it is not
   */
  public Node requireMapping() {
    if (!(value instanceof Mapping)) {
      throw new InvalidInputException(
          where(), path().isEmpty() ? shownAsDocument() : shown(), "must be a mapping of fields");
    }
    return this;
  }

  /**
   * What a whole document is when it is not the mapping it should be, without its content: a file
   * named by mistake ({@code catalog: /etc/passwd}) must not be printed, not even in part.
   */
  public String shownAsDocument() {
    if (value instanceof String text) {
      return "text of " + text.length() + " characters";
    }
    if (value instanceof Object[] items) {
      return "a list of " + items.length + " items";
    }
    return value == null ? "" : shown();
  }

  /**
   * This node, which must be a mapping with no other keys than {@code allowed}.
   *
   * @throws InvalidInputException naming the first other key
   */
  public Node mapping(String... allowed) {
    requireMapping();
    Mapping map = map();
    for (int i = 0; i < map.size(); i++) {
      String key = map.key(i);
      if (!contains(allowed, key)) {
        Set<String> known = new LinkedHashSet<>(List.of(allowed));
        throw new InvalidInputException(
            field(key), key, "unknown field; expected one of " + String.join(", ", known));
      }
    }
    return this;
  }

  /**
   * The keys of this mapping, in the file's order.
   *
   * @throws InvalidInputException when this is not a mapping
   */
  public List<String> keys() {
    if (!(value instanceof Mapping map)) {
      throw new InvalidInputException(where(), shown(), "must be a mapping");
    }
    String[] keys = new String[map.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = map.key(i);
    }
    return List.of(keys);
  }

  /**
   * The keys of this mapping with their values, in the file's order; a key written without a value
   * has a {@link Kind#NULL} node.
   *
   * @throws InvalidInputException when this is not a mapping
   */
  public Map<String, Node> entries() {
    keys(); // refuses anything but a mapping
    Mapping map = map();
    Map<String, Node> entries = new LinkedHashMap<>();
    for (int i = 0; i < map.size(); i++) {
      entries.put(map.key(i), child(map.key(i), map.value(i)));
    }
    return Collections.unmodifiableMap(entries);
  }

  /** Whether this is a mapping with {@code key} set to something other than null. */
  public boolean has(String key) {
    return value instanceof Mapping map && map.get(key) != null;
  }

  /** The value of {@code key}, when this is a mapping that sets it to something other than null. */
  public Optional<Node> optional(String key) {
    Object found = value instanceof Mapping map ? map.get(key) : null;
    return found == null ? Optional.empty() : Optional.of(child(key, found));
  }

  /**
   * The value of {@code key}.
   *
   * @throws InvalidInputException when it is missing or null
   */
  public Node get(String key) {
    Object found = value instanceof Mapping map ? map.get(key) : null;
    if (found == null) {
      throw new InvalidInputException(field(key), null, "missing field");
    }
    return child(key, found);
  }

  // ---- Lists ----------------------------------------------------------------------------------

  /**
   * The items of this list.
   *
   * @throws InvalidInputException when this is not a list
   */
  public List<Node> items() {
    if (!(value instanceof Object[] list)) {
      throw new InvalidInputException(where(), shown(), "must be a list");
    }
    List<Node> items = new ArrayList<>(list.length);
    for (int i = 0; i < list.length; i++) {
      items.add(item(i, list[i]));
    }
    return items;
  }

  /**
   * The items of the list {@code key}; when {@code optional}, an absent or null key is an empty
   * list.
   *
   * @throws InvalidInputException when the key is missing (and not optional) or not a list
   */
  public List<Node> list(String key, boolean optional) {
    if (optional && !has(key)) {
      return List.of();
    }
    return get(key).items();
  }

  // ---- Scalars --------------------------------------------------------------------------------

  /** Whether this is text (numbers and booleans are not). */
  public boolean isText() {
    return value instanceof String;
  }

  /** Whether this is a whole number as written ({@code 3}, not {@code 3.0}). */
  public boolean isWholeNumber() {
    return value instanceof Long || value instanceof BigInteger;
  }

  /**
   * Text as written; numbers and booleans are refused so that a quoting slip is not read as text.
   *
   * @throws InvalidInputException when this is not text or is blank
   */
  public String text() {
    if (!(value instanceof String text) || text.isBlank()) {
      throw new InvalidInputException(
          where(),
          shown(),
          "must be non-empty text (quote it if it looks like a number or yes/no)");
    }
    return text;
  }

  /**
   * Free text (a name, an address, a reason) as written: like {@link #text()}, and may hold line
   * breaks.
   *
   * @throws InvalidInputException when this is not text or is blank
   */
  public String freeText() {
    return text();
  }

  /**
   * Any scalar as text: a number as written in full ({@code 2026.10}), a boolean as {@code
   * true}/{@code false}; e.g. a version may be written {@code 2026.1} or {@code "2026.1"}.
   *
   * @throws InvalidInputException when this is a mapping, a list or null
   */
  public String scalarText() {
    if (value instanceof String || value instanceof Boolean) {
      return value.toString();
    }
    if (kind() == Kind.NUMBER) {
      return number().toPlainString();
    }
    throw new InvalidInputException(where(), shown(), "must be text or a number");
  }

  /**
   * The exact value of a number, whole or decimal.
   *
   * @throws InvalidInputException when this is not a number
   */
  public BigDecimal number() {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Long whole) {
      return BigDecimal.valueOf(whole);
    }
    if (value instanceof BigInteger big) {
      return new BigDecimal(big);
    }
    throw new InvalidInputException(where(), shown(), "must be a number");
  }

  /**
   * A whole number, not negative.
   *
   * @throws InvalidInputException when it is not a whole number that fits a {@code long}, or is
   *     negative
   */
  public long count() {
    if (!(value instanceof Long whole)) {
      throw new InvalidInputException(where(), shown(), "must be a whole number");
    }
    long n = whole;
    if (n < 0) {
      throw new InvalidInputException(where(), n, "must not be negative");
    }
    return n;
  }

  /**
   * {@code true} or {@code false}.
   *
   * @throws InvalidInputException when this is not a boolean
   */
  public boolean flag() {
    if (!(value instanceof Boolean bool)) {
      throw new InvalidInputException(where(), shown(), "must be true or false");
    }
    return bool;
  }

  /**
   * A date written {@code YYYY-MM-DD}.
   *
   * @throws InvalidInputException when it is not one
   */
  public LocalDate date() {
    if (value instanceof String written) {
      LocalDate plain = plainDate(written);
      if (plain != null) {
        return plain;
      }
    }
    String text = value instanceof String written ? written : shown();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(where(), text, "must be a date written YYYY-MM-DD", e);
    }
  }

  /**
   * The date {@code YYYY-MM-DD} written with four digits of year: what {@link LocalDate#parse}
   * gives, without its general parser, since a case file has hundreds of thousands of dates. Null
   * for any other text, and for a day that does not exist, which {@link #date()} reads the long
   * way, with its messages.
   */
  private static LocalDate plainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number written in ASCII digits from {@code start} to {@code end}, or -1. */
  private static int digits(String text, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * A month written {@code YYYY-MM}.
   *
   * @throws InvalidInputException when it is not one
   */
  public YearMonth month() {
    String text = value instanceof String written ? written : shown();
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(where(), text, "must be a month written YYYY-MM", e);
    }
  }

  /**
   * An amount written in yuan, as a number or as text, exactly as written ({@code 150000.00}): for
   * a reader that gives some words a meaning first (a catalog's {@code none}).
   *
   * @throws InvalidInputException when this is neither a number nor text
   */
  public String amountText() {
    if (kind() == Kind.NUMBER) {
      return number().toPlainString();
    }
    if (value instanceof String text) {
      return text.strip();
    }
    throw new InvalidInputException(where(), shown(), "must be an amount in yuan, e.g. 50000.00");
  }

  /**
   * An amount of yuan with at most 2 decimals, as a number or as text, not negative.
   *
   * @throws InvalidInputException when it is not one
   */
  public Money money() {
    Money plain = plainMoney();
    if (plain != null) {
      return plain;
    }
    String text = amountText();
    Money amount = Money.parse(where(), text);
    if (amount.isNegative()) {
      throw new InvalidInputException(where(), text, "must not be negative");
    }
    return amount;
  }

  /**
   * The amount of a number with at most 2 decimals and 17 digits before them, not negative: what
   * {@link Money#parse} gives for its text, found without writing the text out. Null for anything
   * else, which {@link #money()} reads the long way, with its messages.
   */
  private Money plainMoney() {
    BigDecimal decimal;
    if (value instanceof BigDecimal written) {
      decimal = written;
    } else if (value instanceof Long whole) {
      decimal = BigDecimal.valueOf(whole);
    } else {
      return null;
    }
    if (decimal.signum() < 0
        || decimal.scale() < 0
        || decimal.scale() > 2
        || decimal.precision() - decimal.scale() > 17) {
      return null;
    }
    try {
      return Money.ofFen(decimal.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * The value as the user wrote it, for a message: text without quotes, anything else as compact
   * JSON; line breaks and other control characters escaped, and cut after 100 characters.
   */
  public String shown() {
    StringBuilder out = new StringBuilder();
    if (value instanceof String text) {
      out.append(text);
    } else {
      json(value, out, SHOWN_LENGTH + 1);
    }
    return Messages.shorten(Messages.escape(out.toString()), SHOWN_LENGTH);
  }

  @Override
  public String toString() {
    return where() + "=" + shown();
  }

  private static final int SHOWN_LENGTH = 100;

  /** Compact JSON of a value, stopping once {@code budget} characters are written. */
  private static void json(Object value, StringBuilder out, int budget) {
    if (out.length() > budget) {
      return;
    }
    if (value instanceof Mapping map) {
      out.append('{');
      String separator = "";
      for (int i = 0; i < map.size(); i++) {
        out.append(separator);
        quoted(map.key(i), out);
        out.append(':');
        json(map.value(i), out, budget);
        separator = ",";
        if (out.length() > budget) {
          return;
        }
      }
      out.append('}');
    } else if (value instanceof Object[] list) {
      out.append('[');
      String separator = "";
      for (Object item : list) {
        out.append(separator);
        json(item, out, budget);
        separator = ",";
        if (out.length() > budget) {
          return;
        }
      }
      out.append(']');
    } else if (value instanceof String text) {
      quoted(text, out);
    } else {
      out.append(value);
    }
  }

  private static void quoted(String text, StringBuilder out) {
    out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
  }

  private Mapping map() {
    return (Mapping) value;
  }

  private static boolean contains(String[] allowed, String key) {
    for (String known : allowed) {
      if (known.equals(key)) {
        return true;
      }
    }
    return false;
  }
}
