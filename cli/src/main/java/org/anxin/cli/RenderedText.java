package org.anxin.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A command's output, rendered in full before any of it is printed, so that a failure while
 * rendering leaves standard output empty. It is kept in pieces of at most {@link #PIECE} characters
 * rather than as one string: the report of 100,000 claims is 44 million characters, and one array
 * that large, copied again into a string, would be two allocations of nearly 90 MB each that the
 * garbage collector handles specially (humongous objects) in a 1 GB heap.
 */
final class RenderedText extends Writer {

  /** Characters per piece: 256 KB of UTF-16 at most, well below a heap region. */
  static final int PIECE = 1 << 17;

  private final List<String> pieces = new ArrayList<>();
  private final StringBuilder current = new StringBuilder(PIECE);

  /** Appends {@code text}. */
  RenderedText text(String text) {
    write(text, 0, text.length());
    return this;
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    while (length > 0) {
      int n = Math.min(length, PIECE - current.length());
      current.append(chars, offset, n);
      offset += n;
      length -= n;
      cutWhenFull();
    }
  }

  @Override
  public void write(String chars, int offset, int length) {
    while (length > 0) {
      int n = Math.min(length, PIECE - current.length());
      current.append(chars, offset, offset + n);
      offset += n;
      length -= n;
      cutWhenFull();
    }
  }

  private void cutWhenFull() {
    if (current.length() == PIECE) {
      pieces.add(current.toString());
      current.setLength(0);
    }
  }

  /** Prints everything rendered to {@code out}. */
  void printTo(PrintWriter out) {
    for (String piece : pieces) {
      out.write(piece);
    }
    out.write(current.toString());
  }

  @Override
  public void flush() {
    // nothing is written anywhere until printTo
  }

  @Override
  public void close() {
    // nothing to release
  }

  /** Everything rendered, as one string: for small outputs and tests. */
  @Override
  public String toString() {
    StringBuilder all = new StringBuilder();
    pieces.forEach(all::append);
    return all.append(current).toString();
  }
}
