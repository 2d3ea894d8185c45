package org.anxin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.anxin.domain.InvalidInputException;

/**
 * Reads a user's text file in a named encoding and, when its bytes are not that encoding, says
 * where and what to do instead of failing with a decoder's exception. The likeliest such file is a
 * complaints export saved by Excel in a Chinese locale: GBK, not UTF-8.
 */
final class TextFiles {

  private TextFiles() {}

  /** The encodings a user may name: UTF-8, and GB18030 (which reads GBK and GB2312 too). */
  static Charset encoding(String option, String name) {
    String n = name.strip().toUpperCase(Locale.ROOT).replace("_", "-");
    return switch (n) {
      case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
      case "GB18030", "GBK", "GB2312" -> Charset.forName("GB18030");
      default -> throw new InvalidInputException(option, name, "must be UTF-8 or GB18030 (GBK)");
    };
  }

  /**
   * Applies {@code read} to the file's text.
   *
   * @param field the argument that named the file, for messages
   * @param file the file
   * @param encoding its encoding
   * @param read what to do with the text
   * @param <T> the result
   * @return what {@code read} returned
   */
  static <T> T read(String field, Path file, Charset encoding, Function<Reader, T> read) {
    CharsetDecoder decoder =
        encoding
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader reader =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
      return read.apply(reader);
    } catch (java.io.UncheckedIOException e) {
      throw failure(field, file, encoding, e.getCause());
    } catch (IOException e) {
      throw failure(field, file, encoding, e);
    }
  }

  private static InvalidInputException failure(
      String field, Path file, Charset encoding, IOException e) {
    if (e instanceof CharacterCodingException) {
      return notInEncoding(field, file, encoding);
    }
    if (e instanceof NoSuchFileException) {
      return new InvalidInputException(field, file.toString(), "no such file");
    }
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new InvalidInputException(field, file.toString(), "cannot be read: " + why);
  }

  /** Where the first byte that is not {@code encoding} lies, and how to fix the file. */
  private static InvalidInputException notInEncoding(String field, Path file, Charset encoding) {
    long[] where = firstBadByte(file, encoding);
    String at = where == null ? "" : "line " + where[0] + ", byte " + where[1] + " of the line: ";
    String hint =
        encoding.equals(StandardCharsets.UTF_8)
            ? "; a GBK/GB18030 export (Excel in a Chinese locale)? pass --encoding GB18030, or"
                + " convert it: iconv -f GB18030 -t UTF-8 FILE > FILE.utf8.csv"
            : "";
    return new InvalidInputException(
        field, file.toString(), at + "the file is not " + encoding.name() + hint);
  }

  /** {line, byte in the line} (both from 1) of the first undecodable byte, or null. */
  private static long[] firstBadByte(Path file, Charset encoding) {
    CharsetDecoder decoder =
        encoding
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long line = 1;
    long lineStart = 0;
    long consumed = 0;
    try (InputStream stream = Files.newInputStream(file)) {
      boolean end = false;
      while (true) {
        int n = end ? -1 : stream.read(in.array(), in.position(), in.remaining());
        if (n < 0) {
          end = true;
        } else {
          in.position(in.position() + n);
        }
        in.flip();
        int before = in.position();
        CoderResult result = decoder.decode(in, out, end);
        for (int i = before; i < in.position(); i++) {
          if (in.get(i) == '\n') {
            line++;
            lineStart = consumed + (i - before) + 1;
          }
        }
        consumed += in.position() - before;
        if (result.isError()) {
          return new long[] {line, consumed - lineStart + 1};
        }
        out.clear();
        in.compact();
        if (end && !result.isOverflow()) {
          return null;
        }
      }
    } catch (IOException e) {
      return null;
    }
  }
}
