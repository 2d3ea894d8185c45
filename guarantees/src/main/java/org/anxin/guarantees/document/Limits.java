package org.anxin.guarantees.document;

/**
 * The bounds a document must keep, the same for case files, catalogs and scenarios. They keep a
 * typo or a hostile file from taking the memory or the time of a run; passing one stops the reading
 * with a message naming the limit.
 *
 * @param maxBytes the largest file, in bytes
 * @param maxDepth the deepest nesting of mappings and lists (the top-level mapping is depth 1)
 * @param maxTextLength the longest text value or key, in characters
 * @param maxNumberLength the most digits a number may have, written out in full ({@code 1e400} has
 *     401)
 */
public record Limits(long maxBytes, int maxDepth, int maxTextLength, int maxNumberLength) {

  /**
   * The limits every reader uses: 128 MiB (a case file of 100,000 deals is about 65 MB of YAML or
   * 90 MB of JSON), 64 levels (real files use fewer than 10), 100,000 characters, 1,000 digits.
   */
  public static final Limits DEFAULT = new Limits(128L * 1024 * 1024, 64, 100_000, 1_000);

  /**
   * @throws IllegalArgumentException when a limit is not positive
   */
  public Limits {
    if (maxBytes < 1 || maxDepth < 1 || maxTextLength < 1 || maxNumberLength < 1) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /**
   * The longest line of a YAML document: twice the longest text, room for a key, its indentation
   * and a text at the limit. JSON has no such limit (a machine may write it on one line).
   */
  public int maxLineLength() {
    return 2 * maxTextLength;
  }

  /** The size limit as people say it: {@code 128 MiB}, or bytes when it is not whole MiB. */
  String size() {
    long mib = 1024L * 1024;
    return maxBytes % mib == 0 ? maxBytes / mib + " MiB" : maxBytes + " bytes";
  }
}
