package org.anxin.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code anxin} command line. Subcommands are added by the modules' issues as they land; {@code
 * --help} lists only the ones that exist.
 */
@Command(
    name = "anxin",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Anxin 安心 — real-estate guarantees: deals, claims, SLA clocks, cost simulation.",
    // One paragraph per string: picocli wraps each to the terminal's 80 columns.
    description = {
      "Models deals, deposits and sell-to-buy swap chains, decides what each guarantee owes, runs"
          + " complaint SLA clocks and simulates guarantee costs.",
      ""
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 internal error, 2 bad input (flag, file or value)",
      "or output that cannot be written, 141 the reader of stdout went away.",
      "See docs/limits.md."
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      CatalogCommand.class,
      ClaimsCommand.class,
      SlaCommand.class,
      SimulateCommand.class,
      CompareCommand.class,
      StaffingCommand.class,
    })
public final class AnxinCli implements Callable<Integer> {

  /** Exit code of a command whose reader closed the pipe, as a shell reports SIGPIPE. */
  static final int BROKEN_PIPE = 141;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // `anxin` alone: the usage, on stderr, and the exit code of a usage error.
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  /** Runs the CLI and returns its exit code; {@link #main} only adds {@code System.exit}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, null);
  }

  private static int run(String[] args, PrintWriter out, PrintWriter err, ConsoleStream stdout) {
    CommandLine cli = new CommandLine(new AnxinCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "anxin: out of memory: give Java more heap (e.g. ANXIN_JAVA_OPTS=-Xmx8g ./anxin ...),"
              + " or give it less work: fewer trials, a smaller book or case file");
      code = CommandLine.ExitCode.SOFTWARE;
    } catch (StackOverflowError e) {
      err.println("anxin: internal error: the input nests too deeply to be processed");
      code = CommandLine.ExitCode.SOFTWARE;
    }
    out.flush();
    if (out.checkError()) {
      if (stdout != null && stdout.brokenPipe()) {
        code = BROKEN_PIPE;
      } else {
        String why = stdout == null ? null : stdout.failure();
        err.println(
            "anxin: cannot write to standard output"
                + (why == null ? "" : ": " + why)
                + "; the output is incomplete");
        code = code == CommandLine.ExitCode.OK ? CommandLine.ExitCode.USAGE : code;
      }
    }
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    // Java 17 follows the locale for the console; Anxin always speaks UTF-8 so that Chinese
    // names survive LANG=C. The streams are plain file streams: System.out would hide a failed
    // write (a full disk) and the command would exit 0 with its output lost.
    ConsoleStream stdout = ConsoleStream.stdout();
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 14));
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(ConsoleStream.stderr(), StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err, stdout));
  }
}
