package org.anxin.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
    header = "Anxin 安心 — real-estate consumer guarantees: deals, claims, SLA clocks, simulation.",
    description = {
      "Models deals, deposits and sell-to-buy swap chains, decides what each guarantee owes,",
      "runs complaint SLA clocks and simulates guarantee costs.",
      ""
    },
    footer = {"", "Exit codes: 0 success, 1 internal error, 2 bad input (flag, file or value)."},
    subcommands = {
      CommandLine.HelpCommand.class,
      CatalogCommand.class,
      ClaimsCommand.class,
      SlaCommand.class,
      SimulateCommand.class,
    })
public final class AnxinCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // `anxin` alone shows the usage instead of doing nothing.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the CLI and returns its exit code; {@link #main} only adds {@code System.exit}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new AnxinCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  public static void main(String[] args) {
    // Java 17 follows the locale for the console; Anxin always speaks UTF-8 so that Chinese
    // names survive LANG=C.
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }
}
