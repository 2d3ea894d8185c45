package org.anxin.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output or error as a plain stream that remembers why a write failed. {@link System#out}
 * is a {@code PrintStream}, which swallows write errors: a full disk or a closed pipe would go
 * unnoticed and the command would exit 0 with its output lost.
 */
final class ConsoleStream extends FilterOutputStream {

  private volatile IOException failure;

  private ConsoleStream(OutputStream out) {
    super(out);
  }

  static ConsoleStream stdout() {
    return new ConsoleStream(new FileOutputStream(FileDescriptor.out));
  }

  static ConsoleStream stderr() {
    return new ConsoleStream(new FileOutputStream(FileDescriptor.err));
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /** Why the first failed write failed, in the operating system's words; null when none did. */
  String failure() {
    IOException e = failure;
    return e == null ? null : e.getMessage() == null ? "write failed" : e.getMessage();
  }

  /** Whether a write failed because the reader went away ({@code anxin … | head}). */
  boolean brokenPipe() {
    String why = failure();
    return why != null && why.contains("Broken pipe");
  }
}
