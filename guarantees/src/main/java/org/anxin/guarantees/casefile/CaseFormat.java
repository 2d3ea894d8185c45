package org.anxin.guarantees.casefile;

import java.nio.file.Path;
import java.util.Locale;
import org.anxin.domain.InvalidInputException;

/** The two syntaxes of a case file, chosen by the file's extension. */
public enum CaseFormat {
  /** {@code .yaml} or {@code .yml}: the format to write by hand. */
  YAML,
  /** {@code .json}. */
  JSON;

  /**
   * The format of {@code file} by its extension.
   *
   * @throws InvalidInputException when the extension is none of .yaml, .yml, .json
   */
  public static CaseFormat of(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    if (lower.endsWith(".json")) {
      return JSON;
    }
    throw new InvalidInputException(
        "case file", file.toString(), "must end in .yaml, .yml or .json");
  }
}
