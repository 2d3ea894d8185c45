package org.anxin.guarantees.document;

import org.anxin.domain.InvalidInputException;

/** Keeps every message one line: a value's line breaks and control characters are escaped. */
final class Messages {

  private Messages() {}

  /**
   * {@code text} with line breaks written {@code \n}, tabs {@code \t}, other controls {@code
   * \\uXXXX}.
   */
  static String escape(String text) {
    if (!needsEscape(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue; // CR LF is one line break
      }
      switch (c) {
        case '\n', '\r', '\u0085', '\u2028', '\u2029' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean needsEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** {@code text} cut to {@code max} characters, with an ellipsis when cut. */
  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  /**
   * {@code e} itself when its message is one line; otherwise the same field, value and problem with
   * their line breaks escaped (a value read from a file may hold any text).
   */
  static InvalidInputException oneLine(InvalidInputException e) {
    String message = String.valueOf(e.getMessage());
    if (!needsEscape(message)) {
      return e;
    }
    String field = e.field();
    String value = e.value();
    String quotedTail = " (got '" + value + "')";
    String plainTail = " (got " + value + ")";
    String head = field + ": ";
    String problem;
    boolean quoted;
    if (message.startsWith(head) && message.endsWith(quotedTail)) {
      problem = message.substring(head.length(), message.length() - quotedTail.length());
      quoted = true;
    } else if (message.startsWith(head) && message.endsWith(plainTail)) {
      problem = message.substring(head.length(), message.length() - plainTail.length());
      quoted = false;
    } else {
      problem = message.startsWith(head) ? message.substring(head.length()) : message;
      quoted = true;
    }
    Object shownValue = quoted ? escape(value) : new Unquoted(escape(value));
    InvalidInputException clean =
        new InvalidInputException(escape(field), shownValue, escape(problem), e);
    clean.setStackTrace(e.getStackTrace());
    return clean;
  }

  /** A value that {@link InvalidInputException} renders without quotes, as it did the original. */
  private record Unquoted(String text) {
    @Override
    public String toString() {
      return text;
    }
  }
}
