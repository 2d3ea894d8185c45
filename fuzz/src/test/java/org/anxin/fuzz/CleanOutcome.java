package org.anxin.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.domain.InvalidInputException;

/**
 * The property every parser keeps, whatever its input: it returns a result, or it throws an {@link
 * InvalidInputException} whose message is one clean line. Any other exception is left to propagate,
 * so that Jazzer reports it with its own stack trace; a bad message becomes an {@link
 * AssertionError} that quotes it.
 *
 * <p>A clean line is non-empty; holds no line break, no other control character and no
 * bidirectional override (each is escaped by {@code Printable}); names nothing of the parser or the
 * JDK ({@code com.fasterxml}, {@code org.yaml}, {@code java.nio}, {@code …Exception}); and is
 * short: a value is quoted as an excerpt, never whole.
 */
final class CleanOutcome {

  /**
   * The longest message accepted, counting an escape ({@code \n}, {@code \u007f}) as the one
   * character it stands for: two excerpts of 200 characters and the words around them. Fuzzed
   * inputs are a few KB, so a message that quotes one in bulk exceeds this.
   */
  static final int MAX_MESSAGE = 1_500;

  /** The escapes {@code Printable} writes, each standing for one character. */
  private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u[0-9a-fA-F]{4}|[nrte])");

  /** Names of the machinery that must not reach a user (the same list as the guarantees tests). */
  private static final Pattern MACHINERY =
      Pattern.compile(
          "com\\.fasterxml|org\\.yaml|(?i:snakeyaml|jackson)|JsonParseException"
              + "|MarkedYAMLException|java\\.(?:io|nio|lang|util|time)\\b"
              // A class name starts with a capital: in "\\nJsonParseException" the n is an escape.
              + "|(?:[A-Z]\\w*)?Exception\\b"
              // Jackson's location: "[Source: REDACTED (...); line: 1, column: 2]".
              + "|\\[Source: |Source: (?:REDACTED|\\()|\\bat [\\w.$]+\\(");

  private CleanOutcome() {}

  /** A parse that may fail only with a clean {@link InvalidInputException}. */
  @FunctionalInterface
  interface Parse<T> {
    T run() throws Exception;
  }

  /**
   * Runs {@code parse} on {@code input} and checks the outcome.
   *
   * @param input the bytes the parser was given, to quote when the property fails
   * @param parse the parse; it may return normally or throw
   * @return what {@code parse} returned, or null when it refused the input cleanly
   * @throws AssertionError when the message of a refusal is not one clean line
   * @throws Exception whatever else {@code parse} threw: a finding
   */
  static <T> T check(byte[] input, Parse<T> parse) throws Exception {
    try {
      return parse.run();
    } catch (InvalidInputException e) {
      String problem = problem(e.getMessage(), new String(input, StandardCharsets.UTF_8));
      if (problem != null) {
        throw new AssertionError(
            problem + " in the message: " + quote(e.getMessage()) + "\nfor input " + quote(input),
            e);
      }
      return null;
    }
  }

  /** What is wrong with {@code message} as a user's one line, or null when nothing is. */
  static String problem(String message, String input) {
    if (message == null || message.isBlank()) {
      return "no text";
    }
    // Each escape as one blank: its length counts once, and its letters ("\\u000c" before
    // "om.fasterxml" in the user's text) cannot join the text after it into a name.
    String plain = ESCAPE.matcher(message).replaceAll(" ");
    int length = plain.length();
    if (length > MAX_MESSAGE) {
      return length + " characters (more than " + MAX_MESSAGE + ")";
    }
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (unsafe(c)) {
        return String.format(Locale.ROOT, "a raw U+%04X at character %d", (int) c, i);
      }
    }
    Matcher m = MACHINERY.matcher(plain);
    String lowerInput = input.toLowerCase(Locale.ROOT);
    while (m.find()) {
      // A name the input itself holds is the user's own text quoted back, not a leak.
      String name = m.group().replaceAll("[^\\w.]", "").toLowerCase(Locale.ROOT);
      if (!lowerInput.contains(name)) {
        return "the machinery name '" + m.group() + "'";
      }
    }
    return null;
  }

  /** Line breaks, C0 and C1 controls, DEL, and the characters that reorder or hide text. */
  private static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c';
  }

  /** Text as a Java literal, cut to a readable length. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    int shown = Math.min(text.length(), 2_000);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || unsafe(c)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
    if (shown < text.length()) {
      out.append(" … (").append(text.length() - shown).append(" more characters)");
    }
    return out.toString();
  }

  static String quote(byte[] input) {
    return quote(new String(input, StandardCharsets.UTF_8)) + " (" + input.length + " bytes)";
  }
}
