package org.anxin.domain;

import java.util.Objects;

/**
 * A mistake in what a user gave us: a field with a value that cannot be accepted. The message
 * always names the field and the value, so a CLI can print it as it is (exit code 2) and a library
 * caller can show it to whoever typed the value.
 */
public class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * The longest problem a message states whole. A problem may quote the user's text too (an id of
   * any length, a list of the case's ids); the longest fixed one, a list of the accepted values, is
   * under 500 characters.
   */
  private static final int PROBLEM_EXCERPT = 1_000;

  private final String field;
  private final String value;

  /**
   * @param field where the value came from, e.g. {@code deals[2].price} or {@code --trials}
   * @param value the offending value as the user wrote it
   * @param problem what is wrong with it, e.g. "must not be negative"
   */
  public InvalidInputException(String field, Object value, String problem) {
    super(
        Printable.excerpt(field)
            + ": "
            + Printable.excerpt(problem, PROBLEM_EXCERPT)
            + " (got "
            + render(value)
            + ")");
    this.field = Objects.requireNonNull(field, "field");
    this.value = String.valueOf(value);
  }

  /** As above, keeping the low-level cause (e.g. a parser's exception) for debugging. */
  public InvalidInputException(String field, Object value, String problem, Throwable cause) {
    this(field, value, problem);
    initCause(cause);
  }

  /** A refusal thrown: the same message, the refusal's path as the field. */
  InvalidInputException(Refusal refusal) {
    super(refusal.message());
    this.field = refusal.path();
    this.value = String.valueOf(refusal.value());
  }

  /**
   * A value in a message as a short, escaped excerpt: text in quotes, anything else as it prints.
   */
  static String render(Object value) {
    String text = Printable.excerpt(String.valueOf(value));
    return value instanceof CharSequence ? "'" + text + "'" : text;
  }

  /** The field the bad value was given for. */
  public String field() {
    return field;
  }

  /** The bad value as text. */
  public String value() {
    return value;
  }
}
