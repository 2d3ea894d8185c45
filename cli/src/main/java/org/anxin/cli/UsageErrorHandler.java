package org.anxin.cli;

import java.io.PrintWriter;
import org.anxin.domain.Printable;
import picocli.CommandLine;

/**
 * A bad flag or argument: one line naming it and its value, one line pointing at {@code --help},
 * exit code 2. The whole usage would bury the one line that matters.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("anxin: " + Printable.escape(firstLine(e.getMessage())));
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
    return CommandLine.ExitCode.USAGE;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "bad arguments";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
