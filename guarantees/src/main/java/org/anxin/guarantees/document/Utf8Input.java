package org.anxin.guarantees.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.anxin.domain.InvalidInputException;

/**
 * The characters of a document, decoded from strict UTF-8 as the parser asks for them. It does what
 * the parsers do badly: it counts the bytes against the size limit, refuses a malformed byte or a
 * control character with its exact line and column, and drops a leading byte-order mark.
 *
 * <p>The parser reads ahead, so a problem is raised only when the parser reaches it: a syntax error
 * earlier in the file is still reported first. When the parser then fails on the exception thrown
 * here (possibly wrapped), {@link #raised()} holds the message to report instead.
 */
final class Utf8Input extends Reader {

  /** Thrown to the parser to stop it; never seen outside this package. */
  static final class Stop extends IOException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super("stopped by the document reader");
    }
  }

  private final InputStream in;
  private final Syntax syntax;
  private final String source;
  private final String label;
  private final Limits limits;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();

  private long bytesRead;
  private boolean endOfBytes;
  private boolean flushed;
  private boolean atStart = true;
  // The position of the next character decoded, for messages.
  private int line = 1;
  private int column = 1;
  private boolean afterCr;
  // A problem found while decoding, raised once the parser has read up to it.
  private InvalidInputException pending;
  private InvalidInputException raised;

  Utf8Input(InputStream in, Syntax syntax, String source, String label, Limits limits) {
    this.in = in;
    this.syntax = syntax;
    this.source = source;
    this.label = label;
    this.limits = limits;
  }

  /** The problem thrown to the parser, if one was. */
  InvalidInputException raised() {
    return raised;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (pending != null) {
        raised = pending;
        throw new Stop();
      }
      if (!decodeMore()) {
        return -1;
      }
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /** Decodes the next characters into {@link #chars}; false at the end of the input. */
  private boolean decodeMore() throws IOException {
    if (flushed) {
      return false;
    }
    if (!endOfBytes) {
      fill(); // also completes a character cut at the end of the last read
    }
    chars.clear();
    CoderResult result = decoder.decode(bytes, chars, endOfBytes);
    if (endOfBytes && !result.isError() && !bytes.hasRemaining()) {
      result = decoder.flush(chars);
      flushed = !result.isOverflow();
    }
    chars.flip();
    scan();
    if (result.isError() && pending == null) {
      int bad = bytes.get(bytes.position()) & 0xFF;
      pending = at("not valid UTF-8 text", String.format("byte 0x%02X", bad));
    }
    return chars.hasRemaining() || pending != null || !flushed;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfBytes = true;
    } else {
      bytes.position(bytes.position() + n);
      bytesRead += n;
    }
    bytes.flip();
    if (bytesRead > limits.maxBytes()) {
      // A file is named by its path; a stream has only its label.
      Object what = source.equals(label) ? "more than " + limits.maxBytes() + " bytes" : source;
      raised =
          new InvalidInputException(
              label, what, "larger than the limit of " + limits.size() + " for a file Anxin reads");
      throw new Stop();
    }
  }

  /**
   * Checks the characters just decoded and moves the position past them; at a forbidden character
   * the characters before it stay readable and the problem waits for the parser to reach it.
   */
  private void scan() {
    int start = chars.position();
    if (atStart && chars.hasRemaining()) {
      atStart = false;
      if (chars.get(start) == '\uFEFF') {
        chars.position(++start);
      }
    }
    char[] text = chars.array(); // an allocated buffer: array positions are buffer positions
    int end = chars.limit();
    // JSON may be written on one line; only YAML lines are bounded.
    long maxLine = syntax == Syntax.YAML ? limits.maxLineLength() : Long.MAX_VALUE;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c >= 0x20 && c <= 0x7E) {
        // Printable ASCII, nearly all of a file: allowed, one column further.
        column++;
        afterCr = false;
      } else if (!allowed(c)) {
        pending =
            at("control character not allowed in " + syntax, String.format("U+%04X", (int) c));
        chars.limit(i);
        return;
      } else {
        advance(c);
      }
      if (column > maxLine) {
        // Checked here, as the bytes arrive: the YAML scanner takes minutes and a gigabyte over
        // a 50 MB line before the text limit can see the value it is building.
        pending =
            at(
                "line longer than the limit of "
                    + limits.maxLineLength()
                    + " characters; write long text across lines, or as JSON",
                "line " + line);
        chars.limit(i + 1);
        return;
      }
    }
  }

  private void advance(char c) {
    if (c == '\n') {
      if (!afterCr) {
        line++;
      }
      column = 1;
    } else if (c == '\r') {
      line++;
      column = 1;
    } else if (!Character.isLowSurrogate(c)) {
      column++;
    }
    afterCr = c == '\r';
  }

  /**
   * YAML allows only printable characters (YAML 1.1 §5.1); JSON refuses raw control characters too,
   * and we refuse them the same way so that the message names the character.
   */
  private boolean allowed(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (syntax == Syntax.JSON) {
      return c >= 0x20;
    }
    return (c >= 0x20 && c <= 0x7E)
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || Character.isSurrogate(c)
        || (c >= 0xE000 && c <= 0xFFFD);
  }

  private InvalidInputException at(String problem, String value) {
    return new InvalidInputException(source + ":" + line + ":" + column, value, problem);
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }
}
