package org.anxin.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.assessment.Assessor;
import org.anxin.guarantees.assessment.CaseAssessment;
import org.anxin.guarantees.casefile.CaseFile;
import org.anxin.guarantees.catalog.Catalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code anxin claims assess FILE}: what each claim filed in a case file is owed, as of a date (the
 * case's last event or filing by default, never the machine's clock).
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Assesses every claim filed in a case file: payable or rejected, and why.",
    description = {
      "For each filing (备案) on or before the as-of date: the eligibility",
      "conditions and filing window from the catalog, the amount to the fen",
      "from the payout formula, the payee and, for an advance, whom it is",
      "recovered from and when."
    })
final class ClaimsAssessCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = {"A case file: .yaml, .yml or .json", "(docs/case-files.md)."})
  Path file;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = {
        "Assess the case as it stood on this day, YYYY-MM-DD",
        "(default: its last event or filing); later events",
        "and filings are ignored."
      })
  String asOf;

  @Option(
      names = "--format",
      paramLabel = "table|json",
      defaultValue = "table",
      converter = CatalogCommand.FormatConverter.class,
      description = "Output format (default: ${DEFAULT-VALUE}).")
  CatalogCommand.Format format = CatalogCommand.Format.TABLE;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "A catalog file (YAML or JSON) instead of the built-in shanghai-18.")
  Path catalogFile;

  @Override
  public Integer call() {
    LocalDate date = asOf == null ? null : parseDate(asOf);
    Catalog catalog;
    try {
      catalog = catalogFile == null ? Catalog.builtIn() : Catalog.load(catalogFile);
    } catch (InvalidInputException e) {
      return FileErrors.report(spec.commandLine(), catalogFile, e);
    }
    CaseFile caseFile;
    try {
      caseFile = CaseFile.load(file);
    } catch (InvalidInputException e) {
      return FileErrors.report(spec.commandLine(), file, e);
    }
    Assessor assessor = Assessor.of(catalog);
    CaseAssessment result =
        date == null ? assessor.assess(caseFile) : assessor.assess(caseFile, date);
    // Rendered in full before anything is printed: an error leaves stdout empty.
    RenderedText text =
        format == CatalogCommand.Format.JSON
            ? ClaimsReport.json(result, caseFile, catalog)
            : ClaimsReport.table(result, caseFile, catalog);
    text.printTo(spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    return CommandLine.ExitCode.OK;
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("--as-of", text, "must be a date written YYYY-MM-DD", e);
    }
  }
}
