package org.anxin.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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

  /**
   * Runs {@code anxin simulate} or {@code anxin staffing} with their trials computed on {@code
   * engine}, and exits: the entry point of an engine's own jar (the spark module's), which has the
   * other commands' jars on its class path but not their purpose. {@code engineOptions} is a
   * picocli mixin of the engine's own options (e.g. {@code --master}), added to both commands.
   *
   * @param name the command's name in usage and messages, e.g. {@code anxin-spark}
   */
  public static void mainOn(String name, TrialEngine engine, Object engineOptions, String[] args) {
    ConsoleStream stdout = ConsoleStream.stdout();
    System.exit(
        run(
            args,
            stdout(stdout),
            stderr(),
            stdout,
            cli -> onEngine(cli, name, engine, engineOptions)));
  }

  /** As {@link #mainOn}, returning the exit code: for tests. */
  public static int runOn(
      String name,
      TrialEngine engine,
      Object engineOptions,
      String[] args,
      PrintWriter out,
      PrintWriter err) {
    return run(args, out, err, null, cli -> onEngine(cli, name, engine, engineOptions));
  }

  private static void onEngine(
      CommandLine cli, String name, TrialEngine engine, Object engineOptions) {
    cli.setCommandName(name);
    for (String other : List.copyOf(cli.getSubcommands().keySet())) {
      if (!List.of("help", "simulate", "staffing").contains(other)) {
        cli.getCommandSpec().removeSubcommand(other);
      }
    }
    CommandLine simulate = cli.getSubcommands().get("simulate");
    ((SimulateCommand) simulate.getCommand()).engineChoice.engine = engine;
    simulate.addMixin("engine", engineOptions);
    CommandLine staffing = cli.getSubcommands().get("staffing");
    ((StaffingCommand) staffing.getCommand()).engineChoice.engine = engine;
    staffing.addMixin("engine", engineOptions);
  }

  private static int run(String[] args, PrintWriter out, PrintWriter err, ConsoleStream stdout) {
    return run(args, out, err, stdout, cli -> {});
  }

  private static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      ConsoleStream stdout,
      Consumer<CommandLine> setUp) {
    CommandLine cli = new CommandLine(new AnxinCli());
    setUp.accept(cli);
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
    System.exit(run(args, stdout(stdout), stderr(), stdout));
  }

  private static PrintWriter stdout(ConsoleStream stdout) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 14));
  }

  private static PrintWriter stderr() {
    return new PrintWriter(
        new OutputStreamWriter(ConsoleStream.stderr(), StandardCharsets.UTF_8), true);
  }
}
