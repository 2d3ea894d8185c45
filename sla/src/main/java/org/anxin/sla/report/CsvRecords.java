package org.anxin.sla.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.anxin.domain.InvalidInputException;

/**
 * A small RFC 4180 reader: comma-separated fields, double quotes around fields that hold commas,
 * quotes or line breaks ({@code ""} for a quote), CRLF or LF line ends, an optional UTF-8 byte
 * order mark, blank lines skipped. Each record remembers the line it starts on.
 */
final class CsvRecords {

  /** One record and the line number (from 1) it starts on. */
  record Line(int number, List<String> fields) {}

  private final String source;
  private final Reader reader;
  private int line = 1;
  private int peeked = -2;
  private boolean first = true;

  CsvRecords(String source, Reader reader) {
    this.source = source;
    this.reader = reader;
  }

  /** The next non-blank record, or null at the end. */
  Line next() {
    while (true) {
      int c = peek();
      if (c == -1) {
        return null;
      }
      if (c == '\n' || c == '\r') {
        endOfLine();
        continue;
      }
      return record();
    }
  }

  private Line record() {
    int start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      int c = read();
      if (c == '"' && field.length() == 0) {
        quoted(field, start);
        int after = peek();
        if (after != ',' && after != '\n' && after != '\r' && after != -1) {
          throw error(start, fields.size() + 1, field, "text after a closing quote");
        }
      } else if (c == '"') {
        throw error(start, fields.size() + 1, field, "a quote inside an unquoted field");
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r' || c == -1) {
        if (c != -1) {
          unread(c);
          endOfLine();
        }
        fields.add(field.toString());
        return new Line(start, fields);
      } else {
        field.append((char) c);
      }
    }
  }

  private void quoted(StringBuilder field, int start) {
    while (true) {
      int c = read();
      if (c == -1) {
        throw error(start, 0, field, "a quoted field is not closed");
      }
      if (c == '"') {
        if (peek() == '"') {
          read();
          field.append('"');
        } else {
          return;
        }
      } else {
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
          line++;
        }
        field.append((char) c);
      }
    }
  }

  private void endOfLine() {
    int c = read();
    if (c == '\r' && peek() == '\n') {
      read();
    }
    line++;
  }

  private InvalidInputException error(
      int lineNumber, int fieldNumber, CharSequence text, String problem) {
    String where = source + " line " + lineNumber;
    return new InvalidInputException(
        fieldNumber > 0 ? where + ", field " + fieldNumber : where, text.toString(), problem);
  }

  private int peek() {
    if (peeked == -2) {
      peeked = readRaw();
    }
    return peeked;
  }

  private int read() {
    int c = peek();
    peeked = -2;
    return c;
  }

  private void unread(int c) {
    peeked = c;
  }

  private int readRaw() {
    try {
      int c = reader.read();
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          c = reader.read();
        }
      }
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
