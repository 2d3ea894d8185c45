package org.anxin.guarantees.document;

import java.nio.file.Path;
import java.util.Locale;
import org.anxin.domain.InvalidInputException;

/** The two syntaxes Anxin reads, chosen for a file by its extension. */
public enum Syntax {
  /** {@code .yaml} or {@code .yml}: the syntax to write by hand. */
  YAML,
  /** {@code .json}. */
  JSON;

  /**
   * The syntax of {@code file} by its extension, in any case: {@code .yaml} and {@code .yml} are
   * YAML, {@code .json} is JSON; any other name is refused rather than guessed.
   *
   * @param file the file
   * @param what what the file is, to name it in the message, e.g. {@code case file}
   * @throws InvalidInputException naming {@code what} and the file for any other extension
   */
  public static Syntax of(Path file, String what) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    if (lower.endsWith(".json")) {
      return JSON;
    }
    throw new InvalidInputException(what, file.toString(), "must end in .yaml, .yml or .json");
  }
}
