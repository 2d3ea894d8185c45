package org.anxin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anxin.domain.InvalidInputException;
import org.anxin.simulator.report.OutputFiles;
import org.anxin.simulator.scenario.ScenarioDocument;
import org.anxin.simulator.scenario.ScenarioLoader;
import org.anxin.sla.calendar.Calendars;
import org.anxin.staffing.run.ComplaintsCsv;
import org.anxin.staffing.run.MonthsCsv;
import org.anxin.staffing.run.StaffingHtml;
import org.anxin.staffing.run.StaffingJson;
import org.anxin.staffing.run.StaffingResults;
import org.anxin.staffing.run.StaffingRun;
import org.anxin.staffing.run.StaffingSummary;
import org.anxin.staffing.run.StaffingTable;
import org.anxin.staffing.scenario.ComplaintScenario;
import org.anxin.staffing.scenario.Roster;
import org.anxin.staffing.scenario.Sweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code anxin staffing}: the 30124 staffing simulation over a sweep of headcounts; writes {@code
 * staffing.json}, {@code staffing.html} and {@code months.csv}.
 */
@Command(
    name = "staffing",
    mixinStandardHelpOptions = true,
    header = "Finds the headcount that keeps the 30124 promise, month by month.",
    description =
        "Simulates the complaints of the scenario's year (those its payouts file and the"
            + " background), works them through a staffed queue at every headcount of a sweep"
            + " with the same complaints, judges them by the 30124 rules, and gives the"
            + " probability that every month meets the objective and the smallest headcount that"
            + " does so with the scenario's probability (docs/staffing.md).")
final class StaffingCommand implements Callable<Integer> {

  /** The files a run publishes, at the top of {@code --out}. */
  static final List<String> FILES = List.of("staffing.json", "staffing.html", "months.csv");

  /** The file {@code --complaints-csv} adds. */
  static final String COMPLAINTS = "complaints.csv";

  private static final Pattern RANGE =
      Pattern.compile("\\s*(\\d{1,9})\\s*(?:\\.\\.\\s*(\\d{1,9})\\s*(?::\\s*(\\d{1,9})\\s*)?)?");

  /** Output formats on stdout. */
  enum Format {
    TABLE,
    JSON
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--scenario",
      paramLabel = "NAME|FILE",
      defaultValue = ScenarioLoader.DEFAULT,
      description =
          "A built-in scenario or a YAML/JSON scenario file; its complaints section sets the"
              + " arrivals, the work and the roster (default: ${DEFAULT-VALUE}).")
  String scenarioName = ScenarioLoader.DEFAULT;

  @Option(
      names = "--trials",
      paramLabel = "N",
      defaultValue = "100",
      description = "Simulated years (default: ${DEFAULT-VALUE}).")
  int trials = 100;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "20220731",
      description =
          "The random seed; the same as anxin simulate's, so trial i's complaints come from"
              + " simulate's trial i (default: ${DEFAULT-VALUE}).")
  long seed = SimulateCommand.DEFAULT_SEED;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(
      names = "--headcount",
      paramLabel = "A..B[:STEP]",
      description =
          "The headcounts to try: one number, or a range with an optional step (default: the"
              + " scenario's complaints.sweep).")
  String headcount;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the files (default: anxin-out/staffing-<scenario name>/).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "table|json",
      defaultValue = "table",
      description = "What stdout shows: a table or staffing.json (default: ${DEFAULT-VALUE}).")
  Format format = Format.TABLE;

  @Option(
      names = "--complaints-csv",
      description =
          "Also write complaints.csv into --out: the first trial's complaints at the recommended"
              + " headcount (the sweep's last without one), in the format anxin sla report reads.")
  boolean complaintsCsv;

  @Option(names = "--quiet", description = "No progress on stderr.")
  boolean quiet;

  @CommandLine.Mixin EngineChoice engineChoice = new EngineChoice();

  /** Where the trials are computed, once {@code --engine} is checked. */
  private TrialEngine engine;

  @Override
  public Integer call() throws IOException {
    engine = engineChoice.checked();
    ScenarioDocument document;
    ComplaintScenario complaints;
    try {
      document = ScenarioLoader.resolveDocument(scenarioName);
      complaints = ComplaintScenario.of(document);
    } catch (InvalidInputException e) {
      Path file = ScenarioLoader.BUILT_IN.contains(scenarioName) ? null : Path.of(scenarioName);
      return FileErrors.report(spec.commandLine(), file, e);
    }
    Sweep sweep = sweep(complaints);
    int[] headcounts = sweep.headcounts();
    StaffingJob job =
        new StaffingJob(scenarioName, document, complaints, trials, seed, threads, sweep);
    StaffingRun.check(trials, job.threadCount(), headcounts);
    if (out == null) {
      out = SimulateCommand.DEFAULT_ROOT.resolve("staffing-" + document.scenario().name());
    }
    if (Files.exists(out.resolve("summary.json"), LinkOption.NOFOLLOW_LINKS)
        || Files.exists(out.resolve("compare.json"), LinkOption.NOFOLLOW_LINKS)) {
      throw new InvalidInputException(
          "--out", out, "holds an anxin simulate or compare output; choose another directory");
    }
    List<String> names = new ArrayList<>(FILES);
    if (complaintsCsv) {
      names.add(COMPLAINTS);
    }
    OutputDirectory.publish(out, names, files -> publish(job, files));
    return CommandLine.ExitCode.OK;
  }

  private void publish(StaffingJob job, OutputFiles files) {
    ScenarioDocument document = job.document();
    ComplaintScenario complaints = job.complaints();
    StaffingResults results;
    Progress.Mode mode =
        quiet
            ? Progress.Mode.SILENT
            : Progress.stderrIsTerminal() ? Progress.Mode.BAR : Progress.Mode.LINES;
    try (Progress progress = Progress.start(spec.commandLine().getErr(), trials, mode)) {
      results = engine.staffing(job, progress::advance);
    }
    StaffingSummary summary = StaffingSummary.of(results);
    String name = document.scenario().name();
    ObjectNode json = StaffingJson.of(summary, results.model(), name);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    boolean replaced;
    Instant[] judgedAt = new Instant[1];
    try {
      files.stage("staffing.json", writer -> writer.write(OutputDirectory.pretty(mapper, json)));
      files.stage(
          "staffing.html",
          writer ->
              StaffingHtml.write(
                  summary, complaints.policy(), name, VersionProvider.anxinVersion(), writer));
      files.stage("months.csv", writer -> MonthsCsv.write(results, writer));
      if (complaintsCsv) {
        int point = results.plans().size() - 1;
        if (summary.recommendation().isPresent()) {
          for (int p = 0; p < results.plans().size(); p++) {
            if (results.plans().get(p).headcount() == summary.recommendation().get().headcount()) {
              point = p;
            }
          }
        }
        int chosen = point;
        files.stage(
            COMPLAINTS, writer -> judgedAt[0] = ComplaintsCsv.write(results, 0, chosen, writer));
      }
      replaced = files.commit();
    } catch (IOException e) {
      throw OutputDirectory.cannotWrite(out, "the run's files", e);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (format == Format.JSON) {
      stdout.print(OutputDirectory.pretty(mapper, json));
    } else {
      StaffingTable.print(summary, results.model(), name, stdout);
      stdout.println();
      stdout.println(
          "Wrote "
              + out.resolve("staffing.json")
              + ", staffing.html, months.csv"
              + (complaintsCsv ? ", " + COMPLAINTS : "")
              + (replaced ? " (replacing the earlier run)" : ""));
      if (judgedAt[0] != null) {
        stdout.println(
            "complaints.csv is judged as of "
                + OffsetDateTime.ofInstant(judgedAt[0], Calendars.SHANGHAI)
                + "; anxin sla report "
                + out.resolve(COMPLAINTS)
                + " --as-of "
                + OffsetDateTime.ofInstant(judgedAt[0], Calendars.SHANGHAI)
                + " counts as the simulation does");
      }
    }
    stdout.flush();
  }

  /** The headcounts of {@code --headcount}, or the scenario's sweep. */
  private Sweep sweep(ComplaintScenario complaints) {
    if (headcount == null) {
      return complaints.sweep();
    }
    Matcher matcher = RANGE.matcher(headcount);
    if (!matcher.matches()) {
      throw new InvalidInputException(
          "--headcount", headcount, "must be N, A..B or A..B:STEP, e.g. 46..70:2");
    }
    int from = Integer.parseInt(matcher.group(1));
    int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
    int step = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
    String problem = null;
    if (from < 1 || to > Roster.MAX_HEADCOUNT) {
      problem = "headcounts are 1 to " + Roster.MAX_HEADCOUNT;
    } else if (to < from) {
      problem = "the range ends before it starts";
    } else if (step < 1) {
      problem = "the step must be at least 1";
    } else if ((to - from) / step + 1 > Sweep.MAX_POINTS) {
      problem = "a sweep tries at most " + Sweep.MAX_POINTS + " headcounts";
    }
    if (problem != null) {
      throw new InvalidInputException("--headcount", headcount, problem);
    }
    return new Sweep(from, to, step);
  }
}
