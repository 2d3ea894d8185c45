package org.anxin.guarantees.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anxin.domain.InvalidInputException;

/**
 * A document's text with the syntax to read it in: what a run ships to where its work is done (the
 * tasks of a cluster) instead of Java-serialized objects, so that every task reads exactly what the
 * driver read, with the same rules, limits and messages. A file's text is taken after the file has
 * been read once with {@link DocumentReader#read(Path, String)}, so it is known to be within the
 * limits and valid UTF-8.
 *
 * @param text the document
 * @param syntax how to read it: a JSON file's text is read as JSON, not as YAML
 */
public record DocumentText(String text, Syntax syntax) implements Serializable {

  private static final long serialVersionUID = 1L;

  public DocumentText {
    if (text == null || syntax == null) {
      throw new IllegalArgumentException("a document's text and syntax are both needed");
    }
  }

  /** Reads the document, as {@link DocumentReader#parse} does, calling it {@code what}. */
  public Node read(String what) {
    return DocumentReader.parse(text, syntax, what);
  }

  /**
   * The text of {@code file}, its syntax by its extension.
   *
   * @param what what the file is, to name it in messages, e.g. {@code scenario}
   * @throws InvalidInputException when the file cannot be read or is not a document Anxin reads
   */
  public static DocumentText of(Path file, String what) {
    // Read and checked first: the same refusals, limits and messages as every other read.
    DocumentReader.read(file, what);
    try {
      return new DocumentText(
          new String(Files.readAllBytes(file), StandardCharsets.UTF_8), Syntax.of(file, what));
    } catch (IOException e) {
      throw new InvalidInputException(what, file.toString(), "cannot be read", e);
    }
  }

  /** The text of a resource shipped in Anxin's jar beside {@code anchor}. */
  public static DocumentText resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + anchor);
      }
      return new DocumentText(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.of(Path.of(name), name));
    } catch (IOException e) {
      throw new IllegalStateException("the built-in " + name + " cannot be read: " + e, e);
    }
  }
}
