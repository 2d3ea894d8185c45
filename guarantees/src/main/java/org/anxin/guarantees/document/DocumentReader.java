package org.anxin.guarantees.document;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.anxin.domain.InvalidInputException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML or JSON document into a tree of {@link Node}s: the one reader of case files,
 * catalogs and scenarios, so that all three refuse the same mistakes with the same messages.
 *
 * <p>Every mistake is an {@link InvalidInputException} with a one-line message:
 *
 * <ul>
 *   <li>in the text, the field is {@code file:line:column} ({@code my.yaml:3:1: duplicate key,
 *       already given at line 1 (got 'book')}; a syntax error reads {@code my.yaml:16:4: not valid
 *       YAML (got 'expected ',' or '}', but got { (while parsing a flow mapping)')});
 *   <li>for the file as a whole (missing, unreadable, a directory, the wrong extension, too large),
 *       the field is what the file is and the value its path ({@code case file: no such file (got
 *       'none.yaml')}).
 * </ul>
 *
 * <p>Mistakes in the values found later, while a reader maps the tree, name the node's path instead
 * ({@code deals[0].price: must be positive (got '0')}); a caller that shows them names the file
 * before it.
 */
public final class DocumentReader {

  private static final Parsers DEFAULT_PARSERS = new Parsers(Limits.DEFAULT);

  private DocumentReader() {}

  /**
   * Reads a file, YAML or JSON by its extension ({@link Syntax#of}), with the default limits.
   *
   * @param file the file
   * @param what what the file is, e.g. {@code case file}: the field of whole-file errors, and what
   *     the root is called in messages
   * @throws InvalidInputException for any mistake, see the class comment
   */
  public static Node read(Path file, String what) {
    return read(file, what, Limits.DEFAULT);
  }

  /**
   * Reads a file, as {@link #read(Path, String)}, within {@code limits}.
   *
   * @param file the file
   * @param what what the file is, e.g. {@code case file}
   * @param limits the limits to keep
   * @throws InvalidInputException for any mistake, see the class comment
   */
  public static Node read(Path file, String what, Limits limits) {
    String path = file.toString();
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(what, path, "is a directory, not a file");
    }
    Syntax syntax = Syntax.of(file, what);
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new InvalidInputException(
            what, path, "larger than the limit of " + limits.size() + " for a file Anxin reads");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return parse(in, syntax, path, what, limits, readsAhead(syntax, size));
      }
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(what, path, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(what, path, "cannot be read: permission denied", e);
    } catch (IOException e) {
      throw new InvalidInputException(what, path, "cannot be read", e);
    }
  }

  /**
   * Reads a UTF-8 stream, which is not closed, with the default limits.
   *
   * @param in the document's bytes
   * @param syntax how to read them
   * @param source what to call the document in messages, e.g. {@code catalog}
   * @throws InvalidInputException for any mistake, see the class comment
   */
  public static Node read(InputStream in, Syntax syntax, String source) {
    return read(in, syntax, source, Limits.DEFAULT);
  }

  /**
   * Reads a UTF-8 stream, which is not closed, within {@code limits}.
   *
   * @param in the document's bytes
   * @param syntax how to read them
   * @param source what to call the document in messages, e.g. {@code catalog}
   * @param limits the limits to keep
   * @throws InvalidInputException for any mistake, see the class comment
   */
  public static Node read(InputStream in, Syntax syntax, String source, Limits limits) {
    try {
      return parse(in, syntax, source, source, limits, false);
    } catch (IOException e) {
      throw new InvalidInputException(source, source, "cannot be read", e);
    }
  }

  /**
   * Reads a document's text.
   *
   * @param text the document
   * @param syntax how to read it
   * @param source what to call the document in messages, e.g. {@code scenario}
   * @throws InvalidInputException for any mistake, see the class comment
   */
  public static Node parse(String text, Syntax syntax, String source) {
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), syntax, source);
  }

  /**
   * Reads a document shipped in Anxin's jar, e.g. the built-in catalog; YAML or JSON by the name's
   * extension. A resource that is missing or does not read is a bug in the build, not the user's
   * mistake.
   *
   * @param anchor the class whose package holds the resource
   * @param name the resource's name, relative to that package
   * @throws IllegalStateException when the resource is missing or not a valid document
   */
  public static Node resource(Class<?> anchor, String name) {
    Syntax syntax = Syntax.of(Path.of(name), "resource");
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + anchor);
      }
      return parse(in, syntax, name, name, Limits.DEFAULT, false);
    } catch (IOException | InvalidInputException e) {
      throw new IllegalStateException("the built-in " + name + " does not read: " + e, e);
    }
  }

  /**
   * {@code e} with a message on one line: the same field, value and problem with line breaks and
   * other control characters escaped. Readers that map a tree use it on their way out, since a
   * value quoted in a message may be any text the file held.
   *
   * @param e a mistake found while mapping a document
   * @return {@code e} itself when its message is already one line
   */
  public static InvalidInputException oneLine(InvalidInputException e) {
    return Messages.oneLine(e);
  }

  /** YAML files from this size on are scanned on a second thread ({@link ReadAhead}). */
  static final long READ_AHEAD_BYTES = 1L << 20;

  /** Whether a file of {@code size} bytes is read with its YAML scanned ahead. */
  static boolean readsAhead(Syntax syntax, long size) {
    return syntax == Syntax.YAML && size >= READ_AHEAD_BYTES;
  }

  /**
   * Reads a stream, as {@link #read(InputStream, Syntax, String, Limits)}, with YAML scanned on a
   * second thread when {@code readAhead}; the same tree or the same mistake either way.
   */
  static Node read(InputStream in, Syntax syntax, String source, Limits limits, boolean readAhead) {
    try {
      return parse(in, syntax, source, source, limits, readAhead);
    } catch (IOException e) {
      throw new InvalidInputException(source, source, "cannot be read", e);
    }
  }

  private static Node parse(
      InputStream in, Syntax syntax, String source, String label, Limits limits, boolean readAhead)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Parsers parsers = limits.equals(Limits.DEFAULT) ? DEFAULT_PARSERS : new Parsers(limits);
    Utf8Input input = new Utf8Input(in, syntax, source, label, limits);
    JsonParser parser = null;
    ReadAhead ahead = null;
    try {
      if (readAhead && syntax == Syntax.YAML) {
        YamlFactory.Parser yaml = parsers.yaml.createReadAheadParser(input);
        parser = yaml;
        ahead = yaml.ahead();
      } else {
        parser = parsers.of(syntax).createParser(input);
      }
      Object root = new TreeBuilder(parser, syntax, source, limits).document();
      return new Node(root, label);
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // The input's own refusal comes first: the parser only failed because of it. Read ahead,
      // the input counts as far as the parser had read when it produced the last event used.
      InvalidInputException raised = ahead != null ? ahead.raised() : input.raised();
      if (raised != null) {
        throw raised;
      }
      if (e instanceof IOException io && !(e instanceof JacksonException)) {
        throw io; // the stream failed, not the parser
      }
      throw ParserErrors.of(e, parser, syntax, source, limits);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /** The two parsers, configured for one set of limits; thread-safe and reused. */
  private static final class Parsers {
    private final JsonFactory json;
    private final YamlFactory yaml;

    Parsers(Limits limits) {
      // The reader checks every limit itself, at the token, so that the message says where the
      // value starts. Jackson's own checks would fire first with a vaguer position; the input's
      // size bounds what a parser can read, and numbers are only converted once counted.
      StreamReadConstraints constraints =
          StreamReadConstraints.builder()
              .maxNestingDepth(limits.maxDepth() + 1)
              .maxStringLength(Integer.MAX_VALUE)
              .maxNameLength(Integer.MAX_VALUE)
              .maxNumberLength(Integer.MAX_VALUE)
              .maxDocumentLength(-1)
              .build();
      // SnakeYAML stops at 3 Mi code points unless told otherwise: our byte limit governs.
      LoaderOptions loader = new LoaderOptions();
      loader.setCodePointLimit(Integer.MAX_VALUE);
      json = JsonFactory.builder().streamReadConstraints(constraints).build();
      yaml =
          new YamlFactory(
              YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints));
    }

    JsonFactory of(Syntax syntax) {
      return syntax == Syntax.JSON ? json : yaml;
    }
  }
}
