package org.anxin.domain;

/**
 * Text from a user's file made safe to print on a terminal, in a table or an error message.
 *
 * <p>A name may hold an escape sequence (ESC[31m recolours the terminal, an OSC sequence retitles
 * the window), a carriage return or a newline that forges a line of output, a NUL, or a
 * bidirectional override that shows text in another order than it is. Each such character is
 * written as a visible escape ({@code \e}, {@code \r}, {@code \n}, {@code \u202e}, …) instead; all
 * other text, Chinese included, is kept as it is. JSON output needs none of this: its writer
 * escapes control characters already.
 */
public final class Printable {

  /** The longest value an error message quotes whole; longer ones are cut with a count. */
  public static final int EXCERPT = 200;

  private Printable() {}

  /**
   * {@code text} with every control, format-control and bidirectional character escaped.
   *
   * @param text any text; {@code null} gives {@code "null"}
   * @return the text, safe to print
   */
  public static String escape(String text) {
    if (text == null) {
      return "null";
    }
    int i = 0;
    while (i < text.length() && !unsafe(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        safe.append(c);
      } else if (c == '\n') {
        safe.append("\\n");
      } else if (c == '\r') {
        safe.append("\\r");
      } else if (c == '\t') {
        safe.append("\\t");
      } else if (c == 0x1b) {
        safe.append("\\e");
      } else {
        safe.append(String.format("\\u%04x", (int) c));
      }
    }
    return safe.toString();
  }

  /**
   * A short, escaped excerpt of {@code text} for an error message: at most {@link #EXCERPT}
   * characters, then how many more there were, so that a 1 MB value gives a one-line message.
   *
   * @param text any text
   * @return the excerpt, safe to print
   */
  public static String excerpt(String text) {
    return excerpt(text, EXCERPT);
  }

  /** As {@link #excerpt(String)}, cut at {@code max} characters. */
  static String excerpt(String text, int max) {
    if (text == null) {
      return "null";
    }
    if (text.length() <= max) {
      return escape(text);
    }
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return escape(text.substring(0, end)) + "… (" + (text.length() - end) + " more characters)";
  }

  /** C0 and C1 controls, DEL, and the format characters that reorder or hide text. */
  private static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f
        || c == 0x061c;
  }
}
