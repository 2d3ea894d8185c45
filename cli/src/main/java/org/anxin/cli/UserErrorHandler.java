package org.anxin.cli;

import org.anxin.domain.InvalidInputException;
import picocli.CommandLine;

/**
 * Turns a user's mistake (bad file, impossible value) into one clear line and exit code 2; only a
 * real bug (anything else) keeps its stack trace and exits with 1.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    if (e instanceof InvalidInputException) {
      cli.getErr().println("anxin: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    cli.getErr().println("anxin: internal error: " + e);
    e.printStackTrace(cli.getErr());
    return CommandLine.ExitCode.SOFTWARE;
  }
}
