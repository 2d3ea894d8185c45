package org.anxin.domain;

/** Shared checks for the typed identifiers, so every id rejects bad text the same way. */
final class Ids {
  private Ids() {}

  /**
   * The text of an identifier: non-blank, without surrounding whitespace (a trailing space in a
   * case file must not make a second party).
   */
  static String require(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, text, "must not be blank");
    }
    if (!text.strip().equals(text)) {
      throw new InvalidInputException(field, text, "must not start or end with whitespace");
    }
    return text;
  }
}
