package org.anxin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.anxin.domain.InvalidInputException;
import org.anxin.domain.Printable;
import org.anxin.simulator.compare.CompareHtml;
import org.anxin.simulator.compare.CompareJson;
import org.anxin.simulator.compare.CompareTable;
import org.anxin.simulator.compare.Comparison;
import org.anxin.simulator.compare.RunFigures;
import org.anxin.simulator.compare.RunReader;
import org.anxin.simulator.report.OutputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code anxin compare}: reads two run directories of {@code anxin simulate} and writes {@code
 * compare.json} and {@code compare.html}, all or nothing, like a run's own files.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two runs of anxin simulate, a baseline A and a stress B.",
      "Writes compare.html and compare.json: the deltas B - A of the mean, VaR and",
      "TVaR 99.5 %% with their intervals, the change per guarantee and both",
      "exceedance curves. Warns when the runs used different catalogs, seeds or",
      "trial counts."
    })
final class CompareCommand implements Callable<Integer> {

  /** The files a comparison publishes, at the top of {@code --out}. */
  static final List<String> FILES = List.of("compare.json", "compare.html");

  /** Output formats of the comparison on stdout. */
  enum Format {
    TABLE,
    JSON
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR_A", description = "The baseline run's --out.")
  Path runA;

  @Parameters(index = "1", paramLabel = "RUN_DIR_B", description = "The compared run's --out.")
  Path runB;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to write compare.html and compare.json (default:"
              + " anxin-out/compare-<A>-vs-<B>/, A and B the run directories' names).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "table|json",
      defaultValue = "table",
      description =
          "The comparison on stdout: a table or compare.json (default: ${DEFAULT-VALUE}).")
  Format format = Format.TABLE;

  @Override
  public Integer call() {
    RunFigures a = RunReader.read(runA);
    RunFigures b = RunReader.read(runB);
    boolean same = sameFile(runA, runB);
    Path target = out == null ? defaultOut(runA, runB) : out;
    if (sameFile(target, runA) || sameFile(target, runB)) {
      throw new InvalidInputException("--out", target, "must not be one of the compared runs");
    }
    if (Files.exists(target.resolve("trials.csv"), LinkOption.NOFOLLOW_LINKS)) {
      // The output scheme would replace a run's files with the comparison's: never.
      throw new InvalidInputException(
          "--out", target, "holds an anxin simulate run; choose another directory");
    }
    Comparison comparison = Comparison.of(a, b, same);
    ObjectNode json = CompareJson.of(comparison);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    String jsonText = OutputDirectory.pretty(mapper, json);
    boolean replaced;
    // Checked before any warning is printed: a bad --out is the one line the user sees.
    try (OutputFiles files = OutputFiles.in(target, FILES)) {
      PrintWriter err = spec.commandLine().getErr();
      for (String warning : comparison.warnings()) {
        err.println("anxin: warning: " + Printable.escape(warning));
      }
      err.flush();
      try {
        files.stage("compare.json", writer -> writer.write(jsonText));
        files.stage("compare.html", writer -> CompareHtml.write(comparison, writer));
        replaced = files.commit();
      } catch (IOException e) {
        throw OutputDirectory.cannotWrite(target, "the comparison's files", e);
      }
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (format == Format.JSON) {
      stdout.print(jsonText);
    } else {
      CompareTable.print(comparison, stdout);
      stdout.println();
      stdout.println(
          "Wrote "
              + Printable.escape(target.resolve("compare.html").toString())
              + ", compare.json"
              + (replaced ? " (replacing the earlier comparison)" : ""));
    }
    stdout.flush();
    return CommandLine.ExitCode.OK;
  }

  /** {@code anxin-out/compare-<A>-vs-<B>}, named after the run directories. */
  static Path defaultOut(Path a, Path b) {
    return SimulateCommand.DEFAULT_ROOT.resolve("compare-" + name(a) + "-vs-" + name(b));
  }

  private static String name(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name == null ? "root" : name.toString();
  }

  private static boolean sameFile(Path x, Path y) {
    try {
      return Files.exists(x) && Files.exists(y) && Files.isSameFile(x, y);
    } catch (IOException e) {
      return false;
    }
  }
}
