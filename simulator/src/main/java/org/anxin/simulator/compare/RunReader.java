package org.anxin.simulator.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anxin.domain.InvalidInputException;
import org.anxin.simulator.engine.MonteCarloEngine;

/**
 * Reads a run directory written by {@code anxin simulate}: {@code summary.json} and {@code
 * trials.csv} through the links at its top. Any problem is one {@link InvalidInputException} that
 * names the path (and the field or line) and what is wrong, so the CLI prints one line.
 */
public final class RunReader {

  /** The summary a run publishes. */
  public static final String SUMMARY = "summary.json";

  /** The per-trial file a run publishes. */
  public static final String TRIALS = "trials.csv";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private RunReader() {}

  /**
   * Reads a run.
   *
   * @param directory the run directory ({@code --out} of {@code anxin simulate})
   * @return its figures
   * @throws InvalidInputException when the directory is not a readable Anxin run
   */
  public static RunFigures read(Path directory) {
    if (!Files.exists(directory)) {
      throw new InvalidInputException("run", directory.toString(), "no such directory");
    }
    if (!Files.isDirectory(directory)) {
      throw new InvalidInputException("run", directory.toString(), "is not a directory");
    }
    Path summaryFile = directory.resolve(SUMMARY);
    if (!Files.isRegularFile(summaryFile)) {
      throw new InvalidInputException(
          "run",
          directory.toString(),
          "is not an anxin run (no " + SUMMARY + "; write one with anxin simulate --out DIR)");
    }
    JsonNode summary = parse(summaryFile);
    Fields f = new Fields(summaryFile.toString(), summary);
    RunFigures.Identity identity =
        new RunFigures.Identity(
            f.text("scenario"),
            f.whole("seed", Long.MIN_VALUE, Long.MAX_VALUE),
            (int) f.whole("trials", 1, MonteCarloEngine.MAX_TRIALS),
            summary.has("programme") ? (int) f.whole("programme.years", 1, 1000) : 1,
            f.whole("dealsPerTrial", 0, Long.MAX_VALUE),
            f.text("catalog.id"),
            f.text("catalog.version"),
            // Only a stratified run's summary says how it drew its market factors.
            summary.path("sampling").path("marketFactor").asText("plain"));
    RunFigures.Estimate mean = f.estimate("annualCost.mean", "annualCost.intervals.mean");
    // A run of one trial has no standard error (null in summary.json): 0 here, and no interval.
    Long standardError = f.bound("annualCost.standardError");
    RunFigures.Estimate var = f.estimate("annualCost.var995", "annualCost.intervals.var995");
    RunFigures.Estimate tvar = f.estimate("annualCost.tvar995", "annualCost.intervals.tvar995");
    List<RunFigures.GuaranteeFigures> guarantees = new ArrayList<>();
    JsonNode lines = f.array("byGuarantee");
    for (int i = 0; i < lines.size(); i++) {
      Fields line = new Fields(summaryFile + ": byGuarantee[" + i + "]", lines.get(i));
      guarantees.add(
          new RunFigures.GuaranteeFigures(
              line.text("guarantee"), line.amount("meanCost"), line.amount("tailContribution")));
    }
    List<RunFigures.ExceedancePoint> exceedance = new ArrayList<>();
    JsonNode points = f.array("annualCost.exceedance");
    for (int i = 0; i < points.size(); i++) {
      Fields point = new Fields(summaryFile + ": annualCost.exceedance[" + i + "]", points.get(i));
      exceedance.add(
          new RunFigures.ExceedancePoint(
              (int) point.whole("returnPeriod", 1, Integer.MAX_VALUE), point.amount("cost")));
    }
    TrialCosts costs = readTrials(directory.resolve(TRIALS), identity.trials());
    return new RunFigures(
        directory.toString(),
        identity,
        mean,
        standardError == null ? 0 : standardError,
        var,
        tvar,
        guarantees,
        exceedance,
        costs);
  }

  private static JsonNode parse(Path file) {
    try {
      JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (root == null || !root.isObject()) {
        throw new InvalidInputException(file.toString(), "", "is not a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          file.toString(),
          e.getOriginalMessage(),
          "is not valid JSON at line "
              + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()));
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(file.toString(), "", "is not UTF-8 text");
    } catch (IOException e) {
      throw new InvalidInputException(file.toString(), reason(e), "cannot be read");
    }
  }

  /** The {@code net_cost} column, one row per trial in order {@code 0 … trials − 1}. */
  private static TrialCosts readTrials(Path file, int trials) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(
          "run",
          String.valueOf(file.getParent()),
          "is not a complete anxin run (no " + TRIALS + ")");
    }
    long[] costs = new long[trials];
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      List<String> columns = header == null ? List.of() : Arrays.asList(header.split(",", -1));
      int trialColumn = columns.indexOf("trial");
      int costColumn = columns.indexOf("net_cost");
      if (trialColumn != 0 || costColumn < 0) {
        throw new InvalidInputException(
            file + ": line 1", header, "must be the header, starting trial,net_cost");
      }
      int row = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String where = file + ": line " + (row + 2);
        String[] cells = line.split(",", -1);
        if (cells.length != columns.size()) {
          throw new InvalidInputException(
              where, line, "must have " + columns.size() + " cells like the header");
        }
        if (row >= trials || !cells[trialColumn].equals(Integer.toString(row))) {
          throw new InvalidInputException(
              where + ": trial",
              cells[trialColumn],
              "must be "
                  + (row >= trials
                      ? "the end: " + SUMMARY + " says " + trials + " trials"
                      : Integer.toString(row)));
        }
        costs[row] = fen(where + ": net_cost", cells[costColumn]);
        row++;
      }
      if (row != trials) {
        throw new InvalidInputException(
            file.toString(), row + " rows", "must have one row per trial (" + trials + ")");
      }
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(file.toString(), "", "is not UTF-8 text");
    } catch (IOException e) {
      throw new InvalidInputException(file.toString(), reason(e), "cannot be read");
    }
    return TrialCosts.owning(costs);
  }

  /** Yuan with at most two decimals, as fen. */
  static long fen(String where, String text) {
    try {
      return fen(new BigDecimal(text));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidInputException(where, text, "must be yuan with at most 2 decimals");
    }
  }

  private static long fen(BigDecimal yuan) {
    return yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The fields of one JSON object, each refused with its file and path when missing or bad. */
  private record Fields(String where, JsonNode node) {

    private JsonNode at(String path) {
      JsonNode at = node;
      for (String part : path.split("\\.", -1)) {
        at = at == null ? null : at.get(part);
      }
      if (at == null) {
        throw new InvalidInputException(where + ": " + path, "nothing", "is missing");
      }
      return at;
    }

    String text(String path) {
      JsonNode value = at(path);
      if (!value.isTextual()) {
        throw new InvalidInputException(where + ": " + path, value.toString(), "must be text");
      }
      return value.asText();
    }

    long whole(String path, long min, long max) {
      JsonNode value = at(path);
      if (!value.isIntegralNumber()
          || !value.canConvertToLong()
          || value.asLong() < min
          || value.asLong() > max) {
        throw new InvalidInputException(
            where + ": " + path,
            value.toString(),
            "must be a whole number from " + min + " to " + max);
      }
      return value.asLong();
    }

    long amount(String path) {
      JsonNode value = at(path);
      if (!value.isNumber()) {
        throw new InvalidInputException(where + ": " + path, value.toString(), "must be yuan");
      }
      return RunReader.fen(where + ": " + path, value.decimalValue().toPlainString());
    }

    Long bound(String path) {
      return at(path).isNull() ? null : amount(path);
    }

    JsonNode array(String path) {
      JsonNode value = at(path);
      if (!value.isArray()) {
        throw new InvalidInputException(where + ": " + path, value.toString(), "must be a list");
      }
      return value;
    }

    RunFigures.Estimate estimate(String value, String interval) {
      return new RunFigures.Estimate(
          amount(value), bound(interval + ".lower"), bound(interval + ".upper"));
    }
  }
}
