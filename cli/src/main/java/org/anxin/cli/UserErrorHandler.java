package org.anxin.cli;

import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Printable;
import picocli.CommandLine;

/**
 * Turns a user's mistake (bad file, impossible value) into one clear line and exit code 2; a real
 * bug (anything else) is one line too, with exit code 1, and its stack trace only when {@code
 * ANXIN_DEBUG} is set.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    if (e instanceof InvalidInputException) {
      cli.getErr().println("anxin: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    cli.getErr()
        .println(
            "anxin: internal error (a bug in anxin): "
                + Printable.excerpt(String.valueOf(e))
                + "; run again with ANXIN_DEBUG=1 for the details, and report it");
    if (System.getenv("ANXIN_DEBUG") != null) {
      e.printStackTrace(cli.getErr());
    }
    return CommandLine.ExitCode.SOFTWARE;
  }
}
