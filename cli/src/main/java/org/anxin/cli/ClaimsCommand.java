package org.anxin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code anxin claims}: assess the claims of a case file against the guarantee catalog. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Claims: assess what the guarantees owe in a case file.",
    description = {
      "A case file (YAML or JSON, docs/case-files.md) holds the parties,",
      "deals, dated events, funding links and filings (备案) of a dispute;",
      "examples/cases has the three canonical cases."
    },
    subcommands = {ClaimsAssessCommand.class})
final class ClaimsCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a subcommand: the usage, on stderr, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
