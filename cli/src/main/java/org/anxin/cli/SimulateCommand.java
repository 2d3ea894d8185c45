package org.anxin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.anxin.domain.InvalidInputException;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.simulator.engine.MonteCarloEngine;
import org.anxin.simulator.engine.Sampling;
import org.anxin.simulator.engine.TrialResults;
import org.anxin.simulator.report.ClaimsCsv;
import org.anxin.simulator.report.HtmlReport;
import org.anxin.simulator.report.OutputFiles;
import org.anxin.simulator.report.Summary;
import org.anxin.simulator.report.SummaryTable;
import org.anxin.simulator.report.TrialsCsv;
import org.anxin.simulator.report.YearsCsv;
import org.anxin.simulator.scenario.Scenario;
import org.anxin.simulator.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code anxin simulate}: runs a scenario's book through the Monte Carlo engine and writes {@code
 * trials.csv}, {@code summary.json}, {@code run.json} and {@code report.html}.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    header = "Simulates what the guarantees cost over many years of the book.",
    description =
        "Simulates a year of deals many times over and sizes what the guarantees cost: mean, VaR"
            + " and TVaR at 99.5 %%, the exceedance curve, the cost per guarantee and the cash"
            + " tied up in advances and bought-back homes, month by month; with --years, paths of"
            + " several years. Results are a pure function of the scenario and the seed, whatever"
            + " --threads.")
final class SimulateCommand implements Callable<Integer> {

  /** The default seed, fixed so that two runs without --seed agree. */
  static final long DEFAULT_SEED = 20220731L;

  /** The files a run publishes, at the top of {@code --out}. */
  static final List<String> FILES =
      List.of("trials.csv", "years.csv", "summary.json", "run.json", "report.html");

  /** The claim-level file {@code --claims-out} adds to them. */
  static final String CLAIMS = "claims.csv.gz";

  /** Output formats of the summary on stdout. */
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
          "A built-in scenario (shanghai-default, shanghai-credit-squeeze) or a YAML/JSON"
              + " scenario file (default: ${DEFAULT-VALUE}).")
  String scenarioName = ScenarioLoader.DEFAULT;

  @Option(
      names = "--trials",
      paramLabel = "N",
      defaultValue = "10000",
      description =
          "Trials: simulated years, or paths of --years years (default: ${DEFAULT-VALUE}).")
  int trials = 10_000;

  @Option(
      names = "--years",
      paramLabel = "K",
      defaultValue = "1",
      description =
          "Years of each trial's path: a programme of K consecutive years with the scenario's book"
              + " growth and a persistent market (default: ${DEFAULT-VALUE}, one year).")
  int years = 1;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "20220731",
      description = "The random seed (default: ${DEFAULT-VALUE}).")
  long seed = DEFAULT_SEED;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads (default: all cores).")
  Integer threads;

  /** The parent of every run's default output directory. */
  static final Path DEFAULT_ROOT = Path.of("anxin-out");

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to write the files (default: anxin-out/<scenario name>/, so that runs of"
              + " different scenarios do not replace each other).")
  Path out;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "A guarantee catalog file instead of the scenario's (default: built-in).")
  Path catalogFile;

  @Option(
      names = "--format",
      paramLabel = "table|json",
      defaultValue = "table",
      description = "The summary on stdout: a table or summary.json (default: ${DEFAULT-VALUE}).")
  Format format = Format.TABLE;

  @Option(
      names = "--claims-out",
      description =
          "Also write claims.csv.gz into --out: one row per simulated payout (trial, guarantee,"
              + " deal, day, kind, amount, recovered, written off); large, see docs/simulation.md.")
  boolean claimsOut;

  /** How the trials' market factors are drawn. */
  enum SamplingChoice {
    PLAIN,
    STRATIFIED
  }

  @Option(
      names = "--sampling",
      paramLabel = "plain|stratified",
      defaultValue = "plain",
      description =
          "How the trials' market factors (the bad or good year) are drawn: plain, each on its"
              + " own, or stratified over 20 batches of the trials, which narrows the VaR 99.5 %%"
              + " interval at the same trial count; intervals then come from the batches"
              + " (docs/statistics.md, default: ${DEFAULT-VALUE}).")
  SamplingChoice sampling = SamplingChoice.PLAIN;

  @Option(names = "--quiet", description = "No progress bar on stderr.")
  boolean quiet;

  @CommandLine.Mixin EngineChoice engineChoice = new EngineChoice();

  /** Where the trials are computed, once {@code --engine} is checked. */
  private TrialEngine engine;

  @Override
  public Integer call() throws IOException {
    engine = engineChoice.checked();
    Scenario scenario;
    try {
      scenario = ScenarioLoader.resolve(scenarioName);
    } catch (InvalidInputException e) {
      Path file = ScenarioLoader.BUILT_IN.contains(scenarioName) ? null : Path.of(scenarioName);
      return FileErrors.report(spec.commandLine(), file, e);
    }
    if (out == null) {
      // The name is one safe path segment: Scenario.validate refuses anything else.
      out = DEFAULT_ROOT.resolve(scenario.name());
    }
    Path catalogPath = catalogPath(scenario);
    Catalog catalog;
    try {
      catalog = catalogPath == null ? Catalog.builtIn() : Catalog.load(catalogPath);
    } catch (InvalidInputException e) {
      return FileErrors.report(spec.commandLine(), catalogPath, e);
    }
    MonteCarloEngine.checkRun(trials, threads == null ? 1 : threads);
    SimulationJob job =
        new SimulationJob(
            scenarioName,
            scenario,
            catalogPath,
            catalog,
            trials,
            years,
            seed,
            threads,
            sampling == SamplingChoice.STRATIFIED ? Sampling.stratified(trials) : Sampling.plain());
    MonteCarloEngine.checkRun(trials, job.threadCount());
    MonteCarloEngine.checkYears(scenario, years);
    if (claimsOut && !engine.writesClaims()) {
      throw new InvalidInputException(
          "--claims-out",
          "",
          "is written only by the local engine, as it books the claims; run without --engine"
              + " spark for claims.csv.gz");
    }
    // Checked before the run, created only when the files are written: a failed run leaves
    // nothing behind, and Ctrl-C (the shutdown hook) removes what it had written.
    if (Files.exists(out.resolve("compare.json"), LinkOption.NOFOLLOW_LINKS)) {
      // The output scheme would replace a comparison's files with the run's: never.
      throw new InvalidInputException(
          "--out", out, "holds an anxin compare output; choose another directory");
    }
    OutputDirectory.publish(out, files(), files -> publish(job, files));
    return CommandLine.ExitCode.OK;
  }

  /** The files this run publishes. */
  private List<String> files() {
    if (!claimsOut) {
      return FILES;
    }
    List<String> all = new ArrayList<>(FILES);
    all.add(CLAIMS);
    return all;
  }

  private void publish(SimulationJob job, OutputFiles files) {
    Scenario scenario = job.scenario();
    Catalog catalog = job.catalog();
    int threadCount = job.threadCount();
    Instant started = Instant.now();
    TrialResults results;
    try (Progress progress =
        Progress.start(spec.commandLine().getErr(), trials, progressMode(scenario))) {
      results =
          claimsOut
              ? runWritingClaims(
                  MonteCarloEngine.of(scenario, catalog).withSampling(job.sampling()),
                  scenario,
                  threadCount,
                  progress,
                  files)
              : engine.simulate(job, progress::advance);
    }
    Summary summary =
        Summary.of(
            scenario.name(), seed, catalog, scenario.book().deals(), results, scenario.programme());
    Instant finished = Instant.now();
    ObjectNode summaryJson = summary.toJson();
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    boolean replaced;
    try {
      files.stage("trials.csv", writer -> TrialsCsv.write(results, writer));
      files.stage("years.csv", writer -> YearsCsv.write(results.path(), trials, writer));
      files.stage(
          "summary.json", writer -> writer.write(OutputDirectory.pretty(mapper, summaryJson)));
      files.stage(
          "run.json",
          writer ->
              writer.write(
                  OutputDirectory.pretty(
                      mapper, runJson(mapper, scenario, threadCount, started, finished))));
      String version = VersionProvider.anxinVersion();
      files.stage(
          "report.html",
          writer -> HtmlReport.write(summary, results, scenario, catalog, version, writer));
      replaced = files.commit();
    } catch (IOException e) {
      throw OutputDirectory.cannotWrite(out, "the run's files", e);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (format == Format.JSON) {
      stdout.println(OutputDirectory.pretty(mapper, summaryJson));
    } else {
      SummaryTable.print(summary, stdout);
      stdout.println();
      stdout.println(
          "Wrote "
              + out.resolve("trials.csv")
              + ", years.csv, summary.json, run.json, report.html"
              + (claimsOut ? ", " + CLAIMS : "")
              + (replaced ? " (replacing the earlier run)" : ""));
    }
    stdout.flush();
    if (summary.tooShortForItsTail()) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          Locale.ROOT,
          "anxin: warning: %,d trials leave %d beyond the 99.5 %% quantile; VaR and TVaR 99.5 %%"
              + " need at least %d (%,d trials or more): see their intervals in summary.json%n",
          summary.trials(),
          summary.tail().tailTrials(),
          Summary.ENOUGH_TAIL_TRIALS,
          Summary.ENOUGH_TRIALS);
      err.flush();
    }
  }

  /**
   * The run, its claims written into the run's directory as they are booked: staged like the other
   * files, so published with them or not at all.
   */
  private TrialResults runWritingClaims(
      MonteCarloEngine engine,
      Scenario scenario,
      int threadCount,
      Progress progress,
      OutputFiles files) {
    TrialResults[] results = new TrialResults[1];
    try {
      files.stageStream(
          CLAIMS,
          stream -> {
            ClaimsCsv claims = new ClaimsCsv(stream, scenario.calendar().year());
            try {
              results[0] = engine.run(trials, years, seed, threadCount, progress::advance, claims);
            } catch (RuntimeException e) {
              if (claims.failure() != null) {
                throw claims.failure();
              }
              throw e;
            }
            claims.finish();
          });
    } catch (IOException e) {
      throw OutputDirectory.cannotWrite(out, "the run's files", e);
    }
    return results[0];
  }

  /** Progress is worth showing when the run takes more than a moment: a bar on a terminal. */
  private Progress.Mode progressMode(Scenario scenario) {
    if (quiet || !isLong(scenario)) {
      return Progress.Mode.SILENT;
    }
    return Progress.stderrIsTerminal() ? Progress.Mode.BAR : Progress.Mode.LINES;
  }

  /** Whether the run takes more than a moment. */
  private boolean isLong(Scenario scenario) {
    return (double) trials * years * scenario.book().deals() >= 5e7;
  }

  /** The catalog file to use, or null for the built-in one. */
  private Path catalogPath(Scenario scenario) {
    if (catalogFile != null) {
      return catalogFile;
    }
    if ("builtin".equals(scenario.catalog())) {
      return null;
    }
    Path path = Path.of(scenario.catalog());
    if (!path.isAbsolute() && Files.isRegularFile(Path.of(scenarioName))) {
      Path parent = Path.of(scenarioName).toAbsolutePath().getParent();
      path = parent == null ? path : parent.resolve(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException("catalog", scenario.catalog(), "no such catalog file");
    }
    return path;
  }

  private ObjectNode runJson(
      ObjectMapper mapper, Scenario scenario, int threadCount, Instant started, Instant finished) {
    ObjectNode run = mapper.createObjectNode();
    run.put("anxin", VersionProvider.anxinVersion());
    run.put("java", System.getProperty("java.version"));
    run.put("startedAt", started.toString());
    run.put("finishedAt", finished.toString());
    run.put("elapsedSeconds", Duration.between(started, finished).toMillis() / 1000.0);
    run.put("threads", threadCount);
    engine.describe(run);
    run.put("trials", trials);
    run.put("years", years);
    run.put("seed", seed);
    run.put("sampling", sampling.name().toLowerCase(Locale.ROOT));
    run.put("scenarioSource", scenarioName);
    run.set("scenario", mapper.valueToTree(scenario));
    return run;
  }
}
