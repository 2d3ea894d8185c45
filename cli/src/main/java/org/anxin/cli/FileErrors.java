package org.anxin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Printable;
import picocli.CommandLine;

/**
 * One line on stderr for a mistake in a file the user named, the same for case files, catalogs and
 * scenarios: {@code anxin: FILE:LINE:COLUMN: …} for a mistake in the text, {@code anxin: FILE:
 * FIELD.PATH: …} for a bad value, and {@code anxin: catalog: no such file (got 'FILE')} when the
 * file itself is the problem. The file is named once: the reader already names it in the first and
 * the last form.
 */
final class FileErrors {

  private FileErrors() {}

  /** Prints the line for {@code e}, a mistake in {@code file} (null for none), and returns 2. */
  static int report(CommandLine cli, Path file, InvalidInputException e) {
    PrintWriter err = cli.getErr();
    err.println(line(file, e));
    err.flush();
    return CommandLine.ExitCode.USAGE;
  }

  static String line(Path file, InvalidInputException e) {
    String message = String.valueOf(e.getMessage()).replaceAll("\\R", " ");
    if (file == null) {
      return "anxin: " + message;
    }
    String name = file.toString();
    boolean named = e.value().equals(name) || e.field().startsWith(name + ":");
    return named ? "anxin: " + message : "anxin: " + Printable.escape(name) + ": " + message;
  }
}
