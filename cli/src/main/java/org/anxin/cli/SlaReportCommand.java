package org.anxin.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.anxin.domain.InvalidInputException;
import org.anxin.sla.calendar.BusinessCalendar;
import org.anxin.sla.complaint.ComplaintSummary;
import org.anxin.sla.policy.SlaPolicy;
import org.anxin.sla.report.ComplaintCsv;
import org.anxin.sla.report.ComplianceReport;
import org.anxin.sla.report.ComplianceReporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anxin sla report}: the 30124 compliance report of a CSV of complaints. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Prints the 30124 compliance report of a CSV file of complaints.",
    description = {
      "Targets: first response <= 30m, solution <= 12h, resolution <= 24h, all on",
      "--calendar; objective: >= 90%% resolved within 24h. Per month, channel and",
      "team. The CSV columns are described in docs/sla.md."
    })
final class SlaReportCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "Complaints, one per row.")
  Path file;

  @CommandLine.Mixin CalendarOptions calendarOptions = new CalendarOptions();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--as-of",
      paramLabel = "DATE-TIME",
      description = {
        "Judge open complaints at this instant (default: the latest date-time in the file);",
        "later events are ignored."
      })
  String asOf;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      defaultValue = "UTF-8",
      description = "UTF-8, or GB18030 for a GBK export (default: ${DEFAULT-VALUE}).")
  String encoding = "UTF-8";

  @Override
  public void run() {
    String style = format.strip().toLowerCase(Locale.ROOT);
    if (!style.equals("table") && !style.equals("json")) {
      throw new InvalidInputException("--format", format, "must be table or json");
    }
    BusinessCalendar calendar = calendarOptions.calendar();
    List<ComplaintSummary> complaints = read(calendar);
    Instant at =
        asOf != null
            ? SlaDeadlineCommand.parseInstant("--as-of", asOf, calendar.zone())
            : ComplianceReporter.latestInstant(complaints)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            file.toString(), "", "has no complaints; give --as-of or add rows"));
    ComplianceReport report =
        ComplianceReporter.report(SlaPolicy.preset30124(calendar), complaints, at);
    // Rendered in full before anything is printed: an error leaves stdout empty.
    String text =
        style.equals("json")
            ? SlaReportJson.render(report, file.getFileName().toString())
            : SlaReportTable.render(report, file.getFileName().toString());
    spec.commandLine().getOut().print(text);
  }

  private List<ComplaintSummary> read(BusinessCalendar calendar) {
    return TextFiles.read(
        "FILE.csv",
        file,
        TextFiles.encoding("--encoding", encoding),
        reader -> ComplaintCsv.read(file.getFileName().toString(), reader, calendar.zone()));
  }
}
