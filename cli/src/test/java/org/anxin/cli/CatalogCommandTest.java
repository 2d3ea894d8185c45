package org.anxin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anxin.guarantees.catalog.Catalog;
import org.anxin.guarantees.catalog.GuaranteeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {

  /** The exit code and what the command printed. */
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = AnxinCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void theTableListsAllEighteenWithTheirColumns() {
    Run r = run("catalog");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("Catalog shanghai-18 "), lines.get(0));
    assertTrue(lines.get(0).endsWith(": 18 guarantees"), lines.get(0));
    String header = lines.get(1);
    for (String column :
        List.of("CODE", "名称", "NAME", "SEGMENT", "STAGE", "KIND", "CAP", "FILING", "PROVENANCE")) {
      assertTrue(header.contains(column), column);
    }
    for (GuaranteeCode code : GuaranteeCode.values()) {
      assertEquals(
          1, lines.stream().filter(l -> l.startsWith(code.name() + " ")).count(), code.name());
    }
    String swap = row(lines, "SWAP_CANCELLATION");
    assertTrue(swap.contains("换房解约 补偿损失"), swap);
    assertTrue(swap.contains("before signing"), swap);
    assertTrue(swap.contains("compensation"), swap);
    assertTrue(swap.contains("500000.00"), swap);
    assertTrue(swap.contains("30 d"), swap);
    assertTrue(swap.endsWith("seed"), swap);
    String refund = row(lines, "COMMISSION_REFUND");
    assertTrue(refund.contains("resale, new"), refund);
    assertTrue(refund.contains(" none "), refund);
    assertTrue(row(lines, "FUNDS_SAFETY").contains("signing → transfer"));
  }

  @Test
  void theTableColumnsLineUpWithChineseNames() {
    List<String> lines = run("catalog").out().lines().toList();
    // The KIND column starts at the same display column on every row.
    int headerAt =
        CatalogCommand.displayWidth(lines.get(1).substring(0, lines.get(1).indexOf("KIND")));
    for (String line : lines.subList(2, 20)) {
      String before = line.substring(0, indexOfKind(line));
      assertEquals(headerAt, CatalogCommand.displayWidth(before), line);
    }
  }

  private static int indexOfKind(String line) {
    for (String kind : List.of(" compensation ", " advance ", " buyback ", " refund ")) {
      int at = line.indexOf(kind);
      if (at >= 0) {
        return at + 1;
      }
    }
    throw new AssertionError("no kind in " + line);
  }

  private static String row(List<String> lines, String code) {
    return lines.stream().filter(l -> l.startsWith(code + " ")).findFirst().orElseThrow();
  }

  @Test
  void displayWidthCountsChineseAsTwoColumns() {
    assertEquals(4, CatalogCommand.displayWidth("abcd"));
    assertEquals(4, CatalogCommand.displayWidth("换房"));
    assertEquals(6, CatalogCommand.displayWidth("a→换房"));
    assertEquals(2, CatalogCommand.displayWidth("，"));
  }

  @Test
  void jsonHasIdVersionAndTheGuaranteesArray() throws IOException {
    Run r = run("catalog", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals("shanghai-18", root.get("id").asText());
    assertEquals(Catalog.builtIn().version(), root.get("version").asText());
    JsonNode list = root.get("guarantees");
    assertEquals(18, list.size());
    JsonNode seizure = list.get(2);
    assertEquals("PRE_SIGNING_SEIZURE", seizure.get("code").asText());
    assertEquals("签前查封 先行垫付", seizure.get("nameZh").asText());
    assertEquals("advance", seizure.get("kind").asText());
    assertEquals("before-signing", seizure.get("stage").asText());
    assertEquals("resale", seizure.get("segments").get(0).asText());
    assertEquals("seizure-found", seizure.get("filing").get("trigger").asText());
    assertEquals("defaulting-owner", seizure.get("recovery").get("from").asText());
    assertEquals("seed", seizure.get("provenance").asText());
    JsonNode arrears = list.get(8);
    assertEquals("seller", arrears.get("recovery").get("via").asText());
    assertEquals("0.00", arrears.get("terms").get("holdbackDefault").asText());
    assertEquals(365, arrears.get("terms").get("coverageDays").asInt());
    assertEquals("100.00", list.get(0).get("terms").get("perReport").asText());
    assertEquals("none", list.get(11).get("terms").get("cap").asText());
    assertTrue(list.get(3).get("recovery") == null, "a compensation has no recovery terms");
  }

  @Test
  void theJsonOutputIsACatalogFileThatLoadsBackUnchanged() {
    Run r = run("catalog", "--format", "JSON");
    assertEquals(0, r.exit(), r.err());
    Catalog reread =
        Catalog.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    assertEquals(Catalog.builtIn(), reread);
  }

  @Test
  void aCitysCatalogFile(@TempDir Path dir) throws IOException {
    String json = run("catalog", "--format", "json").out();
    Path file = dir.resolve("hangzhou.json");
    Files.writeString(
        file,
        json.replace("\"shanghai-18\"", "\"hangzhou-18\"").replace("\"500000.00\"", "\"80000.00\""),
        StandardCharsets.UTF_8);
    Run r = run("catalog", "--catalog", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Catalog hangzhou-18 "), r.out());
    assertTrue(row(r.out().lines().toList(), "SWAP_CANCELLATION").contains("80000.00"));
  }

  @Test
  void aBadCatalogFileIsOneLineOnStderrAndExitCode2(@TempDir Path dir) throws IOException {
    String json = run("catalog", "--format", "json").out();
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file, json.replace("\"500000.00\"", "\"-500000.00\""), StandardCharsets.UTF_8);
    Run r = run("catalog", "--catalog", file.toString());
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertEquals(
        "anxin: "
            + file
            + ": guarantees[3].terms.cap: must not be negative (got '-500000.00')"
            + System.lineSeparator(),
        r.err());
  }

  @Test
  void aMissingCatalogFile(@TempDir Path dir) {
    Path file = dir.resolve("nope.yaml");
    Run r = run("catalog", "--catalog", file.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("no such file"), r.err());
    assertTrue(r.err().contains(file.toString()), r.err());
  }

  @Test
  void aBadFormatIsAUsageError() {
    Run r = run("catalog", "--format", "xml");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--format must be table or json (got 'xml')"), r.err());
  }

  @Test
  void helpListsTheCatalogCommand() {
    Run r = run("--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("catalog"), r.out());
  }
}
