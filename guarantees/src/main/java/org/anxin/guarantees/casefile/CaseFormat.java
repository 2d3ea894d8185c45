package org.anxin.guarantees.casefile;

import java.nio.file.Path;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.document.Syntax;

/** The two syntaxes of a case file, chosen by the file's extension. */
public enum CaseFormat {
  /** {@code .yaml} or {@code .yml}: the format to write by hand. */
  YAML,
  /** {@code .json}. */
  JSON;

  /** What a case file is called in messages about the file as a whole. */
  static final String WHAT = "case file";

  /**
   * The format of {@code file} by its extension.
   *
   * @throws InvalidInputException when the extension is none of .yaml, .yml, .json
   */
  public static CaseFormat of(Path file) {
    return Syntax.of(file, WHAT) == Syntax.JSON ? JSON : YAML;
  }

  /** The syntax the document reader reads this format with. */
  Syntax syntax() {
    return this == JSON ? Syntax.JSON : Syntax.YAML;
  }
}
