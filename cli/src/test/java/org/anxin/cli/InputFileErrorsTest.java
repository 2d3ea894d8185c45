package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Case files, catalogs and scenarios are read by one reader, so a mistake in any of them is the
 * same one line on stderr, naming the file (and the line and column, for a mistake in the text),
 * with exit code 2 and nothing written.
 */
class InputFileErrorsTest {

  private static final Path CASES = Path.of("..", "examples", "cases");
  private static final Path CATALOG =
      Path.of("..", "guarantees", "src", "main", "resources", "org", "anxin", "guarantees")
          .resolve("catalog")
          .resolve("shanghai-18.yaml");

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run anxin(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = AnxinCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  /** The three kinds of file, with the command that reads each. */
  enum Kind {
    CASE_FILE,
    CATALOG,
    SCENARIO;

    String[] command(Path file, Path out) {
      return switch (this) {
        case CASE_FILE -> new String[] {"claims", "assess", file.toString()};
        case CATALOG -> new String[] {"catalog", "--catalog", file.toString()};
        case SCENARIO ->
            new String[] {
              "simulate",
              "--scenario",
              file.toString(),
              "--trials",
              "5",
              "--quiet",
              "--out",
              out.toString()
            };
      };
    }

    /** What the reader calls the file when the file itself is the problem. */
    String what() {
      return switch (this) {
        case CASE_FILE -> "case file";
        case CATALOG -> "catalog";
        case SCENARIO -> "scenario";
      };
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path edited(Path original, String name, String from, String to) throws IOException {
    String text = Files.readString(original, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), from);
    return write(name, text.replace(from, to));
  }

  /** Exit 2, nothing on stdout, nothing written, and exactly {@code line} on stderr. */
  private void assertRefused(Kind kind, Path file, String line) throws IOException {
    Path out = dir.resolve("out");
    Run run = anxin(kind.command(file, out));
    assertEquals(2, run.exit(), run.err());
    assertEquals("", run.out(), "nothing on stdout");
    assertEquals(line + System.lineSeparator(), run.err());
    assertFalse(Files.exists(out), "nothing written");
  }

  // ---- A duplicated key -----------------------------------------------------------------------

  @Test
  void aCaseFileWithADuplicatedKey() throws IOException {
    Path yaml =
        edited(
            CASES.resolve("swap-cancellation.yaml"),
            "dup.yaml",
            "case: swap-cancellation",
            "case: swap-cancellation\ncase: again");
    assertRefused(
        Kind.CASE_FILE,
        yaml,
        "anxin: " + yaml + ":12:1: duplicate key, already given at line 11 (got 'case')");
    Path json =
        edited(
            CASES.resolve("swap-cancellation.json"),
            "dup.json",
            "\"title\"",
            "\"case\" : \"again\",\n  \"title\"");
    assertRefused(
        Kind.CASE_FILE,
        json,
        "anxin: " + json + ":3:3: duplicate key, already given at line 2 (got 'case')");
  }

  @Test
  void aCatalogWithADuplicatedKey() throws IOException {
    Path yaml =
        edited(CATALOG, "dup.yaml", "terms: {cap: 500000.00}", "terms: {cap: 500000.00, cap: 1}");
    String line = "anxin: " + yaml + ":81:29: duplicate key, already given at line 81 (got 'cap')";
    assertRefused(Kind.CATALOG, yaml, line);
    Run claims =
        anxin(
            "claims",
            "assess",
            CASES.resolve("fee-arrears.yaml").toString(),
            "--catalog",
            yaml.toString());
    assertEquals(2, claims.exit());
    assertEquals(line + System.lineSeparator(), claims.err());
    Run simulate =
        anxin("simulate", "--catalog", yaml.toString(), "--out", dir.resolve("o").toString());
    assertEquals(2, simulate.exit());
    assertEquals(line + System.lineSeparator(), simulate.err());
    Path json = write("dup.json", "{\"id\": \"x\", \"version\": \"1\",\n \"id\": \"y\"}");
    assertRefused(
        Kind.CATALOG,
        json,
        "anxin: " + json + ":2:2: duplicate key, already given at line 1 (got 'id')");
  }

  @Test
  void aScenarioWithADuplicatedKey() throws IOException {
    // Before the one reader, this ran with exit code 0 and the second book.
    Path yaml = write("dup.yaml", "name: small\nbook: {deals: 3000}\nbook: {deals: 4000}\n");
    assertRefused(
        Kind.SCENARIO,
        yaml,
        "anxin: " + yaml + ":3:1: duplicate key, already given at line 2 (got 'book')");
    Path json =
        write(
            "dup.json",
            "{\"name\": \"small\",\n \"risks\": {\"leak\": {},\n" + "   \"leak\": {}}}");
    assertRefused(
        Kind.SCENARIO,
        json,
        "anxin: " + json + ":3:4: duplicate key, already given at line 2 (got 'leak')");
  }

  // ---- A syntax error -------------------------------------------------------------------------

  @Test
  void aSyntaxErrorIsOneLineInAllThree() throws IOException {
    Path caseFile =
        edited(
            CASES.resolve("swap-cancellation.yaml"),
            "case.yaml",
            "  - {id: tie, name: 铁先生}",
            "  - {id: tie, name: 铁先生");
    assertRefused(
        Kind.CASE_FILE,
        caseFile,
        "anxin: "
            + caseFile
            + ":16:5: not valid YAML (got 'expected ',' or '}', but got { (while parsing a flow"
            + " mapping)')");
    Path catalog = edited(CATALOG, "catalog.yaml", "segments: [resale]", "segments: [resale");
    Run run = anxin(Kind.CATALOG.command(catalog, dir.resolve("out")));
    assertEquals(2, run.exit());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("anxin: " + catalog + ":"), run.err());
    assertTrue(run.err().contains(": not valid YAML (got '"), run.err());
    Path scenario = write("s.json", "{\"name\": \"x\",\n \"book\": {\"deals\" 3}}");
    assertRefused(
        Kind.SCENARIO,
        scenario,
        "anxin: "
            + scenario
            + ":2:19: not valid JSON (got 'Unexpected character ('3' (code 51)): was expecting a"
            + " colon to separate field name and value')");
  }

  // ---- The limits -----------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aFileLargerThanTheLimit(Kind kind) throws IOException {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(128L * 1024 * 1024 + 1); // sparse: takes no disk
    }
    assertRefused(
        kind,
        big,
        "anxin: "
            + kind.what()
            + ": larger than the limit of 128 MiB for a file Anxin reads (got '"
            + big
            + "')");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void nestingDeeperThanTheLimit(Kind kind) throws IOException {
    Path deep = write("deep.yaml", "name: x\nbook: " + "[".repeat(64) + "]".repeat(64) + "\n");
    assertRefused(
        kind, deep, "anxin: " + deep + ":2:70: nested deeper than the limit of 64 levels (got 65)");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void textLongerThanTheLimit(Kind kind) throws IOException {
    Path text =
        write("text.json", "{\"name\": \"x\",\n \"title\": \"" + "长".repeat(100_001) + "\"}");
    assertRefused(
        kind,
        text,
        "anxin: " + text + ":2:11: text longer than the limit of 100000 characters (got 100001)");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aNumberLongerThanTheLimit(Kind kind) throws IOException {
    Path number = write("number.yaml", "name: x\nbook: {deals: " + "9".repeat(1001) + "}\n");
    assertRefused(
        kind,
        number,
        "anxin: " + number + ":2:15: number longer than the limit of 1000 digits (got 1001)");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void yamlAliasesAndTagsAreRefused(Kind kind) throws IOException {
    Path alias = write("alias.yaml", "name: &n x\ntitle: *n\n");
    assertRefused(
        kind,
        alias,
        "anxin: "
            + alias
            + ":2:8: YAML aliases are not supported (the limit is 0); write the value out in full"
            + " (got '*n')");
    Path tag = write("tag.yaml", "name: !!javax.script.ScriptEngineManager x\n");
    assertRefused(
        kind,
        tag,
        "anxin: "
            + tag
            + ":1:7: YAML tags are not supported (only the standard !!str, !!int, !!float, !!bool,"
            + " !!null); write a plain value (got '!!javax.script.ScriptEngineManager')");
  }

  // ---- The file itself ------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aMissingFileAWrongExtensionAndADirectory(Kind kind) throws IOException {
    Path missing = dir.resolve("none.yaml");
    List<String> lines = new ArrayList<>();
    for (Path file : List.of(missing, write("notes.txt", "name: x\n"), dir)) {
      Run run = anxin(kind.command(file, dir.resolve("out")));
      assertEquals(2, run.exit(), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
      lines.add(run.err().strip());
    }
    if (kind == Kind.SCENARIO) {
      // --scenario takes a built-in name or an existing file.
      assertEquals(
          "anxin: --scenario: neither a built-in scenario [shanghai-default,"
              + " shanghai-credit-squeeze] nor a file (got '"
              + missing
              + "')",
          lines.get(0));
    } else {
      assertEquals(
          "anxin: " + kind.what() + ": no such file (got '" + missing + "')", lines.get(0));
      assertEquals(
          "anxin: " + kind.what() + ": is a directory, not a file (got '" + dir + "')",
          lines.get(2));
    }
    assertEquals(
        "anxin: "
            + kind.what()
            + ": must end in .yaml, .yml or .json (got '"
            + dir.resolve("notes.txt")
            + "')",
        lines.get(1));
  }

  // ---- Values ---------------------------------------------------------------------------------

  @Test
  void aBadScenarioValueNamesTheFileAndTheField() throws IOException {
    Path scenario = write("s.yaml", "name: bad\nrisks: {leak: {probability: 1.5}}\n");
    assertRefused(
        Kind.SCENARIO,
        scenario,
        "anxin: "
            + scenario
            + ": risks.leak.probability: must be a probability between 0 and 1 (got 1.5)");
  }

  @Test
  void aBadCatalogGivenToSimulateNamesTheFile() throws IOException {
    Path catalog = edited(CATALOG, "city.yaml", "terms: {cap: 500000.00}", "terms: {cap: -1.00}");
    Run run =
        anxin("simulate", "--catalog", catalog.toString(), "--out", dir.resolve("o").toString());
    assertEquals(2, run.exit());
    assertEquals(
        "anxin: "
            + catalog
            + ": guarantees[3].terms.cap: must not be negative (got '-1.00')"
            + System.lineSeparator(),
        run.err());
  }
}
