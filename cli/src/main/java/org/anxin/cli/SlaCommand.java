package org.anxin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code anxin sla}: business-time deadlines and 30124 compliance reports. */
@Command(
    name = "sla",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "SLA clocks: business-time deadlines and the 30124 compliance report.",
    description = {
      "Calendars: 24x7 (always open, the default) or cn-workday (China's",
      "statutory working days 2020-2026 with make-up days, 09:00-18:00 unless",
      "--hours says otherwise)."
    },
    subcommands = {SlaDeadlineCommand.class, SlaReportCommand.class})
final class SlaCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a subcommand: the usage, on stderr, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
